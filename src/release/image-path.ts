// Where a release's image lives: the one rule the content check, the figures plugin and the media kit share.

/** Where a bare file name ("formation.jpg") is looked up, relative to a release file (content/communiques/<lang>/). */
export const IMAGES_DIR = '../../images/';

/** A path relative to the release file: one starting with ./ or ../ is kept, a bare name is in `imagesDir`. */
export function imagePath(src: string, imagesDir = IMAGES_DIR): string {
  return src.startsWith('./') || src.startsWith('../') ? src : `${imagesDir}${src}`;
}
