/** The popup holds a port of this name open while it is showing, so the background knows whether anyone sees an outcome. */
export const POPUP_PORT = 'popup-open';
