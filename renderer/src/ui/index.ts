/** Shared UI primitives; see renderer/README.md for when to use which. */
export { Button, IconButton, type ButtonProps, type IconButtonProps } from './Button';
export {
  TextField,
  TextArea,
  Select,
  Checkbox,
  RadioGroup,
  FieldError,
  type TextFieldProps,
  type RadioOption,
} from './fields';
export { DateField, type DateFieldProps } from './DateField';
export { TimeField, type TimeFieldProps } from './TimeField';
export { TimeZoneSelect } from './TimeZoneSelect';
export { ZonedDateTimeField } from './ZonedDateTimeField';
export { Dialog, FormDialog, ConfirmDialog, type DialogProps } from './Dialog';
export { Toaster } from './Toaster';
export { EmptyState } from './EmptyState';
export { LoadingState } from './LoadingState';
export { Badge, type BadgeTone } from './Badge';
export { Tabs, TabPanel, type TabItem } from './Tabs';
export { Menu, type MenuItem } from './Menu';
export { VirtualList } from './VirtualList';
export { SaveStatus } from './SaveStatus';
export { ScreenHeader } from './ScreenHeader';
export { useAnchoredPopover, placePopover } from './popover';
