/** How the page image is sized: fitted to the width of the pane, or a scale of its pixels (1 = 100%). */
export type Zoom = 'fit' | number;

/** The scales the +/- buttons step through. */
export const ZOOM_STEPS = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;
const MIN = ZOOM_STEPS[0];
const MAX = ZOOM_STEPS[ZOOM_STEPS.length - 1] as number;

/** The scale a zoom shows the image at; `fitScale` is the pane's width over the image's width. */
export const scaleOf = (zoom: Zoom, fitScale: number): number => (zoom === 'fit' ? fitScale : zoom);

/** One step larger than what is shown now (from "fit", the first step above the fitted scale). */
export const zoomIn = (zoom: Zoom, fitScale: number): number => {
  const current = scaleOf(zoom, fitScale);
  return ZOOM_STEPS.find((step) => step > current + 1e-6) ?? MAX;
};

/** One step smaller than what is shown now. */
export const zoomOut = (zoom: Zoom, fitScale: number): number => {
  const current = scaleOf(zoom, fitScale);
  return [...ZOOM_STEPS].reverse().find((step) => step < current - 1e-6) ?? MIN;
};

/** Whole percent, as shown beside the buttons. */
export const zoomPercent = (zoom: Zoom, fitScale: number): number => Math.round(scaleOf(zoom, fitScale) * 100);
