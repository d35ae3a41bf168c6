package io.github.privacyflow.demo.courseware;

/**
 * One page of a converted document, rendered as an image for the whiteboard background.
 *
 * @param pageNumber from 1
 * @param imageKey the object key of the rendered image
 * @param width in pixels
 * @param height in pixels
 */
public record ConvertedPage(int pageNumber, String imageKey, int width, int height) {

    public double aspectRatio() {
        return height == 0 ? 0 : (double) width / height;
    }
}
