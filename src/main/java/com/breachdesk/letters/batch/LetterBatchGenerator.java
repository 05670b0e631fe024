package com.breachdesk.letters.batch;

import com.breachdesk.letters.compose.ComposedLetter;
import com.breachdesk.letters.compose.LetterComposer;
import com.breachdesk.letters.data.LetterDataBuilder;
import com.breachdesk.letters.data.LetterRecipient;
import com.breachdesk.letters.data.LetterValues;
import com.breachdesk.letters.model.LetterRenderer;
import com.breachdesk.letters.model.PrintVolume;
import com.breachdesk.letters.model.PrintablePages;
import com.breachdesk.letters.model.RenderedLetter;
import com.breachdesk.letters.store.BatchNotifications;
import com.breachdesk.letters.store.BatchRecord;
import com.breachdesk.letters.store.LetterRecord;
import com.breachdesk.letters.store.LetterStore;
import com.breachdesk.letters.store.PrintVolumeRecord;
import com.breachdesk.letters.template.LetterTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Generates a batch of letters: one PDF per person in {@code letters/}, print-ready volumes in {@code print/}
 * (built directly from the letters' pages, one font copy per volume), and {@code manifest.csv} for the mailing
 * vendor.
 *
 * <p>Everything that can be wrong with the data (no template, a missing value, a character the font lacks, an
 * address too long for the window, no approval for a final batch) is found in a first pass over all recipients,
 * before any file is written. Letters are then rendered on all cores; results are consumed in order, so the
 * manifest and the print volumes follow the recipients' order. Memory stays bounded: recipients are read a page
 * at a time, at most a small window of letters is in flight, and a print volume holds at most
 * {@code volumeSize} letters. Each letter's file, pages and SHA-256 are recorded in the case; a later run with
 * the same template version and data finds the record and the unchanged file and skips the letter, and print
 * volumes already saved by an interrupted run are kept.
 */
public final class LetterBatchGenerator {

    /** The settings of one run. {@code letterDate} null = the date of an earlier run into the same folder, else today. */
    public record Plan(Path outDir, TemplateAssignment templates, RecipientSource recipients, RecipientFilter filter,
                       BatchKind kind, LocalDate letterDate, boolean duplex, int volumeSize, int threads) {

        public Plan {
            if (volumeSize < 1) {
                throw new IllegalArgumentException("A print volume holds at least one letter");
            }
            if (threads < 1) {
                throw new IllegalArgumentException("At least one thread is needed");
            }
        }

        /** The same plan with other templates (a final batch prints the approved drafts). */
        Plan withTemplates(TemplateAssignment other) {
            return new Plan(outDir, other, recipients, filter, kind, letterDate, duplex, volumeSize, threads);
        }

        public static Plan of(Path outDir, TemplateAssignment templates, RecipientSource recipients,
                              RecipientFilter filter, BatchKind kind) {
            return new Plan(outDir, templates, recipients, filter, kind, null, true, 10_000,
                    Runtime.getRuntime().availableProcessors());
        }
    }

    static final int PAGE = 500;
    private static final int MAX_PROBLEMS = 20;
    private static final int COMMIT_EVERY = 1_000;

    private final LetterRenderer renderer;
    private final LetterStore store;
    private final LetterDataBuilder data;
    private final LetterComposer composer;
    private final ApprovalCheck approval;
    private final Clock clock;

    public LetterBatchGenerator(LetterRenderer renderer, LetterStore store, LetterDataBuilder data,
                                LetterComposer composer, ApprovalCheck approval, Clock clock) {
        this.renderer = renderer;
        this.store = store;
        this.data = data;
        this.composer = composer;
        this.approval = approval;
        this.clock = clock;
    }

    /**
     * Runs the batch. {@code listener} hears after every letter (a UI should pass updates on at its own pace);
     * {@code cancel} may be set from any thread, and the run stops after the letters in flight.
     */
    public BatchResult run(Plan requested, Consumer<BatchProgress> listener, AtomicBoolean cancel) throws IOException {
        Plan plan = requested.kind() == BatchKind.FINAL
                ? requested.withTemplates(new ApprovedTemplates(requested.templates(), approval)) : requested;
        Path dir = plan.outDir().toAbsolutePath().normalize();
        String key = dir.toString();
        Optional<BatchRecord> previous = store.latestBatch(key);
        LocalDate date = plan.letterDate() != null ? plan.letterDate()
                : previous.map(BatchRecord::letterDate).orElse(LocalDate.now(clock));
        boolean draft = plan.kind() == BatchKind.DRAFT;
        Checked checked = check(plan, date, draft);
        long total = checked.letters();

        Files.createDirectories(dir.resolve(LetterFiles.LETTERS));
        Files.createDirectories(dir.resolve(LetterFiles.PRINT));
        BatchRecord batch;
        Set<Integer> savedVolumes = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Map<Integer, PrintVolumeRecord> volumeRecords = new HashMap<>();
        boolean sameSettings = previous.filter(b -> !b.finished() && b.template().equals(plan.templates().label())
                && b.filter().equals(plan.filter().describe()) && b.kind().equals(plan.kind().name())
                && b.letterDate().equals(date)).isPresent();
        if (sameSettings) {
            batch = previous.get();
            store.resumeBatch(batch.id());
            for (PrintVolumeRecord v : store.printVolumes(batch.id())) {
                Path f = dir.resolve(v.file());
                if (Files.isRegularFile(f) && LetterFiles.sha256(f).equals(v.sha256())) {
                    savedVolumes.add(v.volume());
                    volumeRecords.put(v.volume(), v);
                }
            }
        } else {
            batch = store.startBatch(key, plan.templates().label(), plan.filter().describe(), plan.kind().name(), date,
                    plan.recipients().name());
        }
        // Letters can only be reused from earlier runs into this folder; a first run skips the look-ups.
        boolean mayReuse = previous.isPresent();
        Run run = new Run(plan, dir, batch, date, draft, total, savedVolumes, volumeRecords, listener, mayReuse);
        try {
            run.generate(cancel);
        } catch (IOException | RuntimeException e) {
            run.abandon();
            store.finishBatch(batch.id(), "failed", run.done, run.pages, null,
                    run.done + " letters before the failure: " + e.getMessage());
            throw e;
        }
        return run.finish(cancel.get(), checked.leftOut());
    }

    // ---- first pass: refuse the batch before writing anything

    /** One page of recipients checked on a worker: its problems and, per template, the first recipient using it. */
    private record PageCheck(List<String> problems, Map<String, LetterRecipient> firstPerTemplate,
                             Map<String, Assignment> assignments) {
    }

    /** What the first pass found: how many letters the batch makes, and the groups it leaves out and why. */
    private record Checked(long letters, List<BatchResult.LeftOutGroup> leftOut) {
    }

    /** Checks every recipient, a page per task on all cores, and refuses the batch with the problems found. */
    private Checked check(Plan plan, LocalDate date, boolean draft) throws IOException {
        List<String> problems = new ArrayList<>();
        long[] problemCount = {0};
        long[] count = {0};
        Map<String, long[]> leftOut = new LinkedHashMap<>();
        Map<String, long[]> refused = new LinkedHashMap<>();
        Map<String, String> why = new HashMap<>();
        Set<String> tried = new HashSet<>();
        Consumer<String> problem = p -> {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(p);
            }
            problemCount[0]++;
        };
        ExecutorService pool = Executors.newFixedThreadPool(plan.threads(), r -> {
            Thread t = new Thread(r, "letters-check");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<PageCheck>> inFlight = new ArrayDeque<>();
        try {
            List<LetterRecipient> page = new ArrayList<>(PAGE);
            forEachRecipient(plan, (position, r, a) -> {
                count[0]++;
                page.add(r);
                if (page.size() == PAGE) {
                    List<LetterRecipient> full = List.copyOf(page);
                    page.clear();
                    inFlight.add(pool.submit(() -> checkPage(plan, full, date, draft)));
                    while (inFlight.size() > plan.threads() * 2) {
                        absorb(plan, date, draft, takeUnchecked(inFlight), problem, tried);
                    }
                }
                return true;
            }, (r, decision) -> {
                String group = groupKey(r);
                why.putIfAbsent(group, decision.explanation());
                (decision instanceof TemplateDecision.Refused ? refused : leftOut)
                        .computeIfAbsent(group, k -> new long[1])[0]++;
            });
            if (!page.isEmpty()) {
                List<LetterRecipient> rest = List.copyOf(page);
                inFlight.add(pool.submit(() -> checkPage(plan, rest, date, draft)));
            }
            while (!inFlight.isEmpty()) {
                absorb(plan, date, draft, take(inFlight), problem, tried);
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdownNow();
        }
        refused.forEach((group, n) -> problem.accept(describeGroup(group, n[0]) + ": " + why.get(group)));
        if (problemCount[0] > 0) {
            throw new LetterBatchRefused(problems, problemCount[0]);
        }
        List<BatchResult.LeftOutGroup> out = new ArrayList<>();
        leftOut.forEach((group, n) -> out.add(new BatchResult.LeftOutGroup(group.substring(0, group.indexOf('|')),
                group.substring(group.indexOf('|') + 1), n[0], why.get(group))));
        return new Checked(count[0], out);
    }

    private static String groupKey(LetterRecipient r) {
        return r.jurisdiction() + "|" + r.language();
    }

    private static String describeGroup(String key, long people) {
        String j = key.substring(0, key.indexOf('|'));
        String l = key.substring(key.indexOf('|') + 1);
        return (j.isEmpty() ? "jurisdiction unknown" : j) + (l.isEmpty() ? "" : " (" + l + ")") + ", " + people
                + (people == 1 ? " person" : " people");
    }

    private static <T> T take(Deque<Future<T>> inFlight) throws IOException {
        try {
            return inFlight.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while checking the recipients", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static <T> T takeUnchecked(Deque<Future<T>> inFlight) {
        try {
            return take(inFlight);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** On the calling thread: keeps the problems, and tries each template once on a whole letter (and its approval). */
    private void absorb(Plan plan, LocalDate date, boolean draft, PageCheck check, Consumer<String> problem,
                        Set<String> tried) {
        check.problems().forEach(problem);
        check.firstPerTemplate().forEach((id, r) -> {
            if (!tried.add(id)) {
                return;
            }
            Assignment a = check.assignments().get(id);
            LetterTemplate t = a.template();
            if (plan.templates() instanceof ApprovedTemplates approved) {
                approved.refusal(t).ifPresent(problem);
            }
            try {
                LetterValues values = data.forPerson(r, t.language(), date, draft, a.fulfils());
                renderer.render(composer.compose(t, values, addressBlock(r), date, draft).document());
            } catch (IllegalArgumentException | IllegalStateException e) {
                problem.accept(t.header().label() + " (tried on " + r.personId() + "): " + e.getMessage());
            }
        });
    }

    /** On a worker: everything that can be wrong with one recipient's letter, without rendering it. */
    private PageCheck checkPage(Plan plan, List<LetterRecipient> page, LocalDate date, boolean draft) {
        List<String> problems = new ArrayList<>();
        Map<String, LetterRecipient> first = new LinkedHashMap<>();
        Map<String, Assignment> assignments = new HashMap<>();
        for (LetterRecipient r : page) {
            Optional<Assignment> assignment = Optional.of((Assignment) plan.templates().decide(r.jurisdiction(), r.language()));
            LetterTemplate t = assignment.get().template();
            if (r.addressLines().isEmpty()) {
                problems.add(r.personId() + ": has no postal address");
                continue;
            }
            try {
                t.checkValues(data.forPerson(r, t.language(), date, draft, assignment.get().fulfils()));
            } catch (IllegalArgumentException e) {
                problems.add(r.personId() + ": " + e.getMessage());
                continue;
            }
            boolean printable = true;
            for (String text : addressBlock(r)) {
                Optional<String> bad = renderer.unprintable(text);
                if (bad.isPresent()) {
                    problems.add(r.personId() + ": " + bad.get());
                    printable = false;
                }
            }
            renderer.addressProblem(addressBlock(r), composer.envelope())
                    .ifPresent(p -> problems.add(r.personId() + ": " + p));
            if (printable) {
                first.putIfAbsent(t.id(), r);
                assignments.putIfAbsent(t.id(), assignment.get());
            }
        }
        return new PageCheck(problems, first, assignments);
    }

    /** The address block a window envelope shows: the name, then the address lines. */
    public static List<String> addressBlock(LetterRecipient r) {
        List<String> lines = new ArrayList<>(r.addressLines().size() + 1);
        lines.add(r.name());
        lines.addAll(r.addressLines());
        return lines;
    }

    interface PositionedRecipient {
        /** Returns false to stop reading recipients. */
        boolean accept(long position, LetterRecipient recipient, Assignment assignment);
    }

    /**
     * Every recipient of the plan in order, a page at a time: those who get a letter with their 0-based position
     * among them (the limit counts letters), the others with the decision that leaves them out or refuses them.
     */
    static void forEachRecipient(Plan plan, PositionedRecipient action,
                                 java.util.function.BiConsumer<LetterRecipient, TemplateDecision> notIncluded) {
        String after = null;
        long position = 0;
        long limit = plan.filter().limit() == 0 ? Long.MAX_VALUE : plan.filter().limit();
        while (position < limit) {
            List<LetterRecipient> page = plan.recipients().page(plan.filter(), after, PAGE);
            if (page.isEmpty()) {
                return;
            }
            for (LetterRecipient r : page) {
                if (position >= limit) {
                    return;
                }
                TemplateDecision decision = plan.templates().decide(r.jurisdiction(), r.language());
                if (!(decision instanceof Assignment a)) {
                    notIncluded.accept(r, decision);
                    continue;
                }
                if (!action.accept(position++, r, a)) {
                    return;
                }
            }
            after = page.get(page.size() - 1).personId();
        }
    }

    // ---- second pass: generate

    /** One letter's outcome, consumed in order. */
    private record Outcome(long position, LetterRecipient recipient, LetterTemplate template, String file, int pages,
                           String sha256, String fingerprint, boolean skipped, PrintablePages printable,
                           LetterRecord reusedFromOtherBatch) {
    }

    private final class Run {
        private final Plan plan;
        private final Path dir;
        private final BatchRecord batch;
        private final LocalDate date;
        private final boolean draft;
        private final long total;
        private final Set<Integer> savedVolumes;
        private final Map<Integer, PrintVolumeRecord> volumeRecords;
        private final Consumer<BatchProgress> listener;
        private final Manifest manifest;
        private final boolean mayReuse;
        private final List<LetterRecord> pending = new ArrayList<>();
        private final Map<String, long[]> perTemplate = new LinkedHashMap<>();
        private final Map<String, String> explanations = new HashMap<>();
        private final long started = System.nanoTime();
        private PrintVolume volume;
        private int volumeNumber = -1;
        private long volumeFirst;
        long done;
        long skipped;
        long pages;

        Run(Plan plan, Path dir, BatchRecord batch, LocalDate date, boolean draft, long total,
            Set<Integer> savedVolumes, Map<Integer, PrintVolumeRecord> volumeRecords, Consumer<BatchProgress> listener,
            boolean mayReuse) throws IOException {
            this.mayReuse = mayReuse;
            this.plan = plan;
            this.dir = dir;
            this.batch = batch;
            this.date = date;
            this.draft = draft;
            this.total = total;
            this.savedVolumes = savedVolumes;
            this.volumeRecords = volumeRecords;
            this.listener = listener;
            this.manifest = new Manifest(dir);
        }

        /** Letter folders already made or seen in this run (workers add to it). */
        private final Set<Path> knownFolders = java.util.concurrent.ConcurrentHashMap.newKeySet();

        void generate(AtomicBoolean cancel) throws IOException {
            AtomicInteger threadNumber = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(plan.threads(), r -> {
                Thread t = new Thread(r, "letters-" + threadNumber.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
            int window = plan.threads() * 8;
            try {
                IOException[] failure = {null};
                forEachRecipient(plan, (position, r, a) -> {
                    if (cancel.get() || failure[0] != null) {
                        return false;
                    }
                    explanations.putIfAbsent(a.template().id(), a.explanation());
                    inFlight.add(pool.submit(() -> letter(position, r, a)));
                    while (inFlight.size() >= window && failure[0] == null) {
                        try {
                            consume(take(inFlight));
                        } catch (IOException e) {
                            failure[0] = e;
                        }
                    }
                    return true;
                }, (r, decision) -> { });
                if (failure[0] != null) {
                    throw failure[0];
                }
                while (!inFlight.isEmpty()) {
                    consume(take(inFlight));
                }
            } finally {
                for (Future<Outcome> f : inFlight) {
                    f.cancel(true);
                }
                pool.shutdownNow();
            }
        }

        private Outcome take(Deque<Future<Outcome>> inFlight) throws IOException {
            try {
                return inFlight.poll().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while generating letters", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(cause);
            }
        }

        /** Runs on a worker thread: compose, reuse an identical earlier file or render and write a new one. */
        private Outcome letter(long position, LetterRecipient r, Assignment a) throws IOException {
            LetterTemplate t = a.template();
            LetterValues values = data.forPerson(r, t.language(), date, draft, a.fulfils());
            ComposedLetter composed = composer.compose(t, values, addressBlock(r), date, draft);
            String file = LetterFiles.letterFile(r.personId());
            Path path = dir.resolve(file);
            boolean needPages = !savedVolumes.contains(volumeOf(position));
            Optional<LetterRecord> earlier = !mayReuse ? Optional.empty()
                    : store.findLetter(r.personId(), composed.fingerprint()).filter(l -> l.file().equals(file));
            if (earlier.isPresent() && Files.isRegularFile(path) && LetterFiles.sha256(path).equals(earlier.get().sha256())) {
                PrintablePages printable = needPages ? renderer.render(composed.document()).printable() : null;
                LetterRecord e = earlier.get();
                return new Outcome(position, r, t, file, e.pages(), e.sha256(), composed.fingerprint(), true, printable,
                        e.batchId() == batch.id() ? null : e);
            }
            RenderedLetter rendered = renderer.render(composed.document());
            LetterFiles.write(path, rendered.pdf(), knownFolders);
            return new Outcome(position, r, t, file, rendered.pages(), LetterFiles.sha256(rendered.pdf()),
                    composed.fingerprint(), false, needPages ? rendered.printable() : null, null);
        }

        private int volumeOf(long position) {
            return (int) (position / plan.volumeSize());
        }

        /** Runs on the calling thread, in recipient order. */
        private void consume(Outcome o) throws IOException {
            Optional<ApprovalCheck.Approved> approved = plan.templates() instanceof ApprovedTemplates a
                    ? a.approved(o.template().id()) : Optional.empty();
            manifest.add(o.recipient().personId(), o.recipient().name(), o.recipient().addressLines(), o.file(),
                    o.pages(), o.sha256(), o.template().id(), o.template().version(), approved);
            if (o.skipped()) {
                skipped++;
                if (o.reusedFromOtherBatch() != null) {
                    // The batch lists every letter it hands over, also one made by an earlier run into this folder.
                    LetterRecord e = o.reusedFromOtherBatch();
                    pending.add(new LetterRecord(batch.id(), o.position(), e.personId(), e.fingerprint(), e.file(),
                            e.pages(), e.sha256(), e.templateId(), e.templateVersion(), e.generatedAt()));
                    if (pending.size() >= COMMIT_EVERY) {
                        flush();
                    }
                }
            } else {
                pending.add(new LetterRecord(batch.id(), o.position(), o.recipient().personId(), o.fingerprint(),
                        o.file(), o.pages(), o.sha256(), o.template().id(), o.template().version(), clock.instant()));
                if (pending.size() >= COMMIT_EVERY) {
                    flush();
                }
            }
            int v = volumeOf(o.position());
            if (!savedVolumes.contains(v)) {
                if (v != volumeNumber) {
                    saveVolume();
                    openVolume(v, o.position());
                }
                pages += volume.append(o.printable());
                if (volume.letters() == plan.volumeSize()) {
                    saveVolume();
                }
            } else {
                pages += o.pages() + (plan.duplex() && o.pages() % 2 == 1 ? 1 : 0);
            }
            perTemplate.computeIfAbsent(o.template().header().label(), k -> new long[1])[0]++;
            done++;
            listener.accept(progress(System.nanoTime()));
        }

        private BatchProgress progress(long now) {
            double seconds = Math.max(1e-9, (now - started) / 1e9);
            double rate = done / seconds;
            long left = total - done;
            Duration remaining = rate > 0 ? Duration.ofMillis((long) (left / rate * 1000)) : Duration.ZERO;
            return new BatchProgress(done, total, skipped, rate, remaining);
        }

        private void openVolume(int v, long firstPosition) {
            byte[] id = Arrays.copyOf(LetterFiles.sha256((batch.id() + "/" + v + "/" + date)
                    .getBytes(StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII), 16);
            volume = renderer.openPrintVolume(new PrintVolume.Settings("Print run " + batch.id() + ", volume " + (v + 1),
                    data.facts().organization().legalName(), date, id, plan.duplex(), draft));
            volumeNumber = v;
            volumeFirst = firstPosition;
        }

        private void saveVolume() throws IOException {
            if (volume == null) {
                return;
            }
            String file = LetterFiles.printFile(volumeNumber);
            Path path = dir.resolve(file);
            volume.save(path);
            PrintVolumeRecord record = new PrintVolumeRecord(batch.id(), volumeNumber, file, volumeFirst,
                    volume.letters(), volume.pages(), LetterFiles.sha256(path));
            volume.close();
            volume = null;
            flush();
            store.addPrintVolume(record);
            savedVolumes.add(volumeNumber);
            volumeRecords.put(volumeNumber, record);
        }

        private void flush() {
            store.addLetters(pending);
            pending.clear();
        }

        /** After a failure: keep what was recorded, drop the unfinished manifest and volume. */
        void abandon() {
            try {
                flush();
            } catch (RuntimeException ignored) {
                // the failure being reported matters more
            }
            if (volume != null) {
                volume.close();
                volume = null;
            }
            try {
                manifest.discard();
            } catch (IOException ignored) {
                // a stray .part file is harmless and overwritten by the next run
            }
        }

        BatchResult finish(boolean cancelled, List<BatchResult.LeftOutGroup> leftOut) throws IOException {
            flush();
            Path manifestFile = null;
            String manifestSha = null;
            if (cancelled) {
                if (volume != null) {
                    volume.close();
                    volume = null;
                }
                manifest.discard();
            } else {
                saveVolume();
                manifestFile = manifest.complete();
                manifestSha = LetterFiles.sha256(manifestFile);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            String summary = done + " letters (" + (done - skipped) + " generated, " + skipped + " reused), " + pages
                    + " print pages" + (manifestSha == null ? "" : ", manifest sha256 " + manifestSha)
                    + (plan.templates() instanceof ApprovedTemplates a ? ", approved drafts: " + a.describe() : "");
            // Only final letters are mailed: a DRAFT batch leaves everyone pending for the final one.
            LetterStore.OnFinish marks = !cancelled && plan.kind() == BatchKind.FINAL && plan.recipients().tracksNotification()
                    ? BatchNotifications::markGenerated : LetterStore.OnFinish.NOTHING;
            long left = leftOut.stream().mapToLong(BatchResult.LeftOutGroup::people).sum();
            store.finishBatch(batch.id(), cancelled ? "cancelled" : "complete", done, pages, manifestSha,
                    summary + (left == 0 ? "" : ", " + left + " left out (no notice required or decided)"), marks);
            listener.accept(progress(System.nanoTime()));
            List<Path> volumes = volumeRecords.values().stream().sorted((a, b) -> Integer.compare(a.volume(), b.volume()))
                    .map(v -> dir.resolve(v.file())).toList();
            Map<String, BatchResult.TemplateGroup> groups = new LinkedHashMap<>();
            perTemplate.forEach((label, n) -> groups.put(label, new BatchResult.TemplateGroup(label, n[0],
                    explanations.getOrDefault(label.substring(0, label.lastIndexOf(" v")), ""))));
            return new BatchResult(batch.id(), cancelled, done, done - skipped, skipped, pages, seconds,
                    seconds > 0 ? done / seconds : 0, dir, manifestFile, cancelled ? List.of() : volumes, groups, leftOut);
        }
    }
}
