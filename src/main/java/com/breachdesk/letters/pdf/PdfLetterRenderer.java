package com.breachdesk.letters.pdf;

import com.breachdesk.cache.RecentlyUsed;
import com.breachdesk.letters.model.EnvelopeLayout;
import com.breachdesk.letters.model.LetterDocument;
import com.breachdesk.letters.model.LetterFrame;
import com.breachdesk.letters.model.LetterRenderer;
import com.breachdesk.letters.model.PrintVolume;
import com.breachdesk.letters.model.RenderedLetter;
import com.breachdesk.letters.model.Style;
import com.breachdesk.letters.model.UnprintableTextException;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Renders letters to PDF/A-2b files with PDFBox: our own layout, DejaVu Sans embedded as subsets, fixed metadata
 * so that the same letter gives the same bytes. Pages and fonts are written as PDF objects directly (see
 * {@link PageDrawer} and {@link SubsetEmbedder}) and PDFBox writes the file. Thread-safe: each thread has its own
 * parsed copy of the fonts (a parsed TrueType font cannot be read by two threads at once) and its own compressor,
 * reused for every letter that thread writes; glyph substitution is off.
 */
public final class PdfLetterRenderer implements LetterRenderer {

    private final FontFaces faces = new FontFaces();
    private final PdfArchive archive = new PdfArchive();
    private final ConcurrentLinkedQueue<ThreadFonts> opened = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<ThreadFonts> threadFonts = ThreadLocal.withInitial(() -> {
        ThreadFonts f = new ThreadFonts(faces);
        opened.add(f);
        return f;
    });

    /** One thread's parsed fonts (opened face by face on first use) and compressor. */
    static final class ThreadFonts implements AutoCloseable {
        private final FontFaces faces;
        private static final int CACHED_SUBSETS = 32;
        private final Map<Style, TrueTypeFont> fonts = new EnumMap<>(Style.class);
        private final Map<Style, Map<BitSet, SubsetEmbedder.Subset>> subsets = new EnumMap<>(Style.class);
        final Deflation deflation = new Deflation();
        /** For page content streams, compressed for every letter: a faster level (see {@link Deflation#PAGE_LEVEL}). */
        final Deflation pageDeflation = new Deflation(Deflation.PAGE_LEVEL);
        final LetterPdfWriter writer = new LetterPdfWriter();

        ThreadFonts(FontFaces faces) {
            this.faces = faces;
        }

        TrueTypeFont get(Style style) {
            return fonts.computeIfAbsent(style, faces::open);
        }

        /** One subset per face the characters were drawn with, in {@link Style} order. */
        Map<Style, SubsetEmbedder.Subset> subsets(Map<Style, BitSet> used) throws IOException {
            Map<Style, SubsetEmbedder.Subset> subsets = new EnumMap<>(Style.class);
            for (Map.Entry<Style, BitSet> e : new EnumMap<>(used).entrySet()) {
                if (!e.getValue().isEmpty()) {
                    subsets.put(e.getKey(), subset(e.getKey(), e.getValue()));
                }
            }
            return subsets;
        }

        /**
         * The subset for these characters, made once and reused while this thread's letters keep using the same
         * ones (letters from one template mostly do). The body face always carries printable ASCII, and the whole
         * Cyrillic alphabet once a letter uses Cyrillic, so names and addresses rarely make a new subset: a few
         * more glyphs per file instead of subsetting the font again for most letters.
         */
        private SubsetEmbedder.Subset subset(Style style, BitSet used) throws IOException {
            BitSet key = style == Style.REGULAR ? widened(used) : (BitSet) used.clone();
            Map<BitSet, SubsetEmbedder.Subset> cache = subsets.computeIfAbsent(style,
                    s -> RecentlyUsed.map(CACHED_SUBSETS));
            SubsetEmbedder.Subset s = cache.get(key);
            if (s == null) {
                s = SubsetEmbedder.prepare(faces.embedding().get(style), get(style), key, deflation);
                cache.put(key, s);
            }
            return s;
        }

        private static BitSet widened(BitSet used) {
            BitSet key = (BitSet) used.clone();
            key.set(0x20, 0x7F);
            if (used.nextSetBit(0x0400) >= 0 && used.nextSetBit(0x0400) < 0x0530) {
                key.set(0x0410, 0x0450); // А-я
                for (char c : "ЄІЇҐєіїґЁё".toCharArray()) {
                    key.set(c);
                }
            }
            return key;
        }

        @Override
        public void close() {
            for (TrueTypeFont f : fonts.values()) {
                try {
                    f.close();
                } catch (IOException ignored) {
                    // read-only font data in memory; nothing to lose
                }
            }
            fonts.clear();
            deflation.close();
            pageDeflation.close();
        }
    }

    @Override
    public RenderedLetter render(LetterDocument letter) {
        LetterLayout.Result layout = LetterLayout.layout(faces, letter);
        LetterFrame frame = letter.frame();
        PageGeometry g = PageGeometry.of(frame.paper(), frame.envelope());
        ThreadFonts fonts = threadFonts.get();
        PageDrawer drawer = new PageDrawer(faces);
        List<byte[]> contents = new ArrayList<>(layout.pages().size());
        for (PageDrawing drawing : layout.pages()) {
            contents.add(fonts.pageDeflation.deflate(drawer.draw(drawing, g.width(), g.height())));
        }
        try {
            List<LetterPdfWriter.Page> pages = new ArrayList<>(contents.size());
            contents.forEach(c -> pages.add(new LetterPdfWriter.Page(g.width(), g.height(), c)));
            byte[] pdf = fonts.writer.write(new LetterPdfWriter.Document(fonts.subsets(drawer.used()), pages,
                    frame.title(), frame.author(), frame.language(), frame.created(), frame.documentId()),
                    archive, faces.embedding());
            return new RenderedLetter(pdf, contents.size(),
                    new PdfPrintablePages(g.width(), g.height(), contents, new EnumMap<>(drawer.used())));
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the PDF failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> unprintable(String text) {
        for (Style style : Style.values()) {
            String bad = LetterLayout.firstUnprintable(faces, text, style);
            if (bad != null) {
                return Optional.of(bad + " cannot be printed with the letter font (" + FontFaces.FAMILY + ")");
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> addressProblem(List<String> lines, EnvelopeLayout envelope) {
        PageGeometry g = PageGeometry.of(com.breachdesk.letters.model.PaperFormat.A4, envelope);
        FontFaces.Metrics m = faces.metrics(Style.REGULAR);
        int count = 0;
        for (String line : lines) {
            float width = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                width += m.width(cp) * LetterLayout.SMALL_SIZE / 1000f;
                i += Character.charCount(cp);
            }
            count += Math.max(1, (int) Math.ceil(width / g.addressWidth()));
        }
        if (count > g.addressLines()) {
            return Optional.of("the address needs " + count + " lines; the envelope window shows at most "
                    + g.addressLines());
        }
        return Optional.empty();
    }

    @Override
    public PrintVolume openPrintVolume(PrintVolume.Settings settings) {
        return new PdfPrintVolume(faces, archive, settings);
    }

    /** Throws when {@code text} has a character the font lacks; for callers that want the exception. */
    public void requirePrintable(String text) {
        unprintable(text).ifPresent(problem -> {
            throw new UnprintableTextException(problem);
        });
    }

    @Override
    public void close() {
        ThreadFonts f;
        while ((f = opened.poll()) != null) {
            f.close();
        }
        threadFonts.remove();
    }
}
