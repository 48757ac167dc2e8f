export { SearchPalette, searchHitPath } from './SearchPalette';
