package com.breachdesk.casefile;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps one Breachdesk window or process per case file. The lock is an operating-system lock on a
 * side file ({@code case.breachcase.lock}), so it vanishes when the holder exits or crashes; the side
 * file itself carries no meaning and is left in place: deleting it on close would let two later
 * openers lock two different files of the same name. SQLite's own locks guard single writes; this
 * guards a whole session.
 */
final class CaseFileLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private CaseFileLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockPathFor(Path caseFile) {
        return caseFile.resolveSibling(caseFile.getFileName() + ".lock");
    }

    static CaseFileLock acquire(Path caseFile) throws CaseFileRefusedException {
        Path lockPath = lockPathFor(caseFile);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw openElsewhere(caseFile);
            }
            return new CaseFileLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw openElsewhere(caseFile);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new CaseFileRefusedException(caseFile, CaseFileRefusedException.Reason.UNREADABLE,
                    "Cannot lock " + caseFile.getFileName() + ": " + e.getMessage()
                            + ". Check that the folder is writable.", e);
        }
    }

    private static CaseFileRefusedException openElsewhere(Path caseFile) {
        return new CaseFileRefusedException(caseFile, CaseFileRefusedException.Reason.OPEN_ELSEWHERE,
                caseFile.getFileName() + " is open in another window/process. Close it there first.");
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it anyway
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
