// Noto Sans for Latin text with Swedish and other European letters (latin + latin-ext only:
// the other subsets would add files nobody here needs). CJK text falls back to the system's
// CJK fonts through the font stack in global.css. Bundled, so the offline app looks the same
// on every computer.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-500.css';
import '@fontsource/noto-sans/latin-ext-500.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-700.css';
