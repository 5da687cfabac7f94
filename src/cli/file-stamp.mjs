// Stat stamps of files, as git's index keeps them: the stat fields that change whenever a file's bytes
// do, so a file whose stamp is the one recorded need not be read again. Plain JavaScript, because
// node-bundle.mjs (which starts before any TypeScript can be read) uses it; file-index.ts does too.
//
// A stamp is size, modification and change times in nanoseconds, inode and device. An editor that
// saves by renaming changes the inode; one that writes in place changes mtime and ctime; `touch -d`
// to an old time still moves ctime, which no user can set back.

/** A file's stamp from its stat (`{ bigint: true }`, for the nanoseconds). */
export function stampOf(stat) {
  return `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}:${stat.dev}`;
}

/**
 * How long a file must have been left alone before its stamp is trusted. A file written within the
 * same tick of the file system's clock as it was read could change again without its stamp changing
 * ("racily clean" in git): ext4 ticks in nanoseconds but some file systems in seconds (FAT in two).
 */
export const SETTLE_MS = 3000;

/**
 * Whether a stamp taken at `readAtMs` (Date.now() before the stat) may be trusted later: the file was
 * last changed more than `settleMs` before it was read. Else the next run reads and hashes it again
 * (and then trusts it).
 */
export function isSettled(stat, readAtMs, settleMs = SETTLE_MS) {
  const before = BigInt(Math.floor(readAtMs - settleMs)) * 1_000_000n;
  return stat.mtimeNs < before && stat.ctimeNs < before;
}
