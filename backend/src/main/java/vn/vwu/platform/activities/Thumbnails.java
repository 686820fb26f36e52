package vn.vwu.platform.activities;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Iterator;

/** Small JPEG previews of photos for lists; a photo that cannot be read simply has none. */
final class Thumbnails {

    static final int MAX_SIDE = 320;
    /** Larger images are not decoded at all (a 20,000 × 20,000 PNG would need 1.6 GB of memory). */
    private static final long MAX_PIXELS = 50_000_000L;

    private Thumbnails() {
    }

    static byte[] of(Path image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return null;
                }
                BufferedImage source = reader.read(0);
                double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
                int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
                int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
                BufferedImage thumb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = thumb.createGraphics();
                try {
                    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                    g.setColor(java.awt.Color.WHITE); // transparent PNGs on white, as JPEG has no alpha
                    g.fillRect(0, 0, w, h);
                    g.drawImage(source, 0, 0, w, h, null);
                } finally {
                    g.dispose();
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                return ImageIO.write(thumb, "jpeg", out) ? out.toByteArray() : null;
            } finally {
                reader.dispose();
            }
        } catch (Exception | OutOfMemoryError unreadable) {
            return null; // a corrupt or exotic image is still stored; it just has no preview
        }
    }
}
