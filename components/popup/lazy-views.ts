// Dialogs and previews, loaded when first opened (use-lazy-module.ts), not with the popup.
export { PreviewDialog } from './PreviewDialog';
export { PreviewDetails } from './PreviewDetails';
export { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
