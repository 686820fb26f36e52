package vn.vwu.platform.activities.attachments;

import net.coobird.thumbnailator.filters.ImageFilter;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.jboss.logging.Logger;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Small JPEG previews of photos for lists, upright as the phone meant them (EXIF orientation). The cost is bounded
 * whatever the file: the image is decoded subsampled to about twice the preview's size (a 7000 × 7000 16-bit PNG is
 * read as 700 × 700, never as 400 MB), images over {@link #MAX_PIXELS} are not decoded, and at most
 * {@link #CONCURRENT} previews are made at once — the others wait their turn rather than lose their preview. Scaling
 * and orientation are Thumbnailator's; the bounded decode is ours, since Thumbnailator reads whole images.
 */
final class Thumbnails {

    static final int MAX_SIDE = 320;
    private static final long MAX_PIXELS = 200_000_000L;
    private static final int CONCURRENT = 2;
    private static final Semaphore TURNS = new Semaphore(CONCURRENT, true);
    private static final Logger LOG = Logger.getLogger(Thumbnails.class);

    private Thumbnails() {
    }

    static byte[] of(Path image) {
        try {
            if (!TURNS.tryAcquire(60, TimeUnit.SECONDS)) {
                LOG.warn("No preview made: the previews of other uploads took over a minute");
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        try {
            return make(image);
        } finally {
            TURNS.release();
        }
    }

    private static byte[] make(Path image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false); // metadata kept: the EXIF orientation is in it
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    return null;
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / (2 * MAX_SIDE));
                param.setSourceSubsampling(step, step, 0, 0);
                Orientation orientation = orientation(reader); // before the pixels: the stream only goes forward
                BufferedImage decoded = reader.read(0, param);
                var builder = net.coobird.thumbnailator.Thumbnails.of(flatten(decoded)).size(MAX_SIDE, MAX_SIDE).outputFormat("jpg")
                        .outputQuality(0.85);
                ImageFilter upright = orientation == null ? null : ExifFilterUtils.getFilterForOrientation(orientation);
                if (upright != null) {
                    builder.addFilter(upright);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                builder.toOutputStream(out);
                return out.toByteArray();
            } finally {
                reader.dispose();
            }
        } catch (Exception | OutOfMemoryError unreadable) {
            return null; // a corrupt or exotic image is still stored; it just has no preview
        }
    }

    private static Orientation orientation(ImageReader reader) {
        try {
            return ExifUtils.getExifOrientation(reader, 0);
        } catch (Exception noExif) {
            return null;
        }
    }

    /** JPEG has no alpha: transparent PNGs are laid on white, 16-bit and palette images become 8-bit RGB. */
    private static BufferedImage flatten(BufferedImage source) {
        BufferedImage rgb = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
