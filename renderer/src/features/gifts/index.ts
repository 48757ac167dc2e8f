export { GiftsScreen } from './GiftsScreen';
export { GiftRegisterPage } from './GiftRegisterPage';
