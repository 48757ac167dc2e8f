export { AttachmentsPanel } from './AttachmentsPanel';
export { useAttachmentActions, type AttachmentOwner } from './actions';
