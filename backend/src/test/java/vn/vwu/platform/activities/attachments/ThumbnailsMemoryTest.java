package vn.vwu.platform.activities.attachments;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What one preview of a 7000 × 7000 16-bit PNG costs in memory, counted as the bytes this thread allocates (a count,
 * not a timing): a whole decode needs ~100 MB for the raster alone and ~400 MB in all; a subsampled one a few MB.
 */
class ThumbnailsMemoryTest {

    @Test
    void aHugePhotoIsPreviewedWithoutDecodingItWhole() throws Exception {
        BufferedImage img = new BufferedImage(7000, 7000, BufferedImage.TYPE_USHORT_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(1000, 1000, 5000, 5000);
        g.dispose();
        Path file = Files.createTempFile("huge", ".png");
        try {
            ImageIO.write(img, "png", file.toFile());
            img = null;
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long before = threads.getCurrentThreadAllocatedBytes();
            byte[] preview = Thumbnails.of(file);
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertNotNull(preview);
            assertEquals(320, ImageIO.read(new ByteArrayInputStream(preview)).getWidth());
            assertTrue(allocated < 40L * 1024 * 1024, "one preview allocated " + allocated / (1024 * 1024) + " MB");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
