// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every file ScaleLab writes or reads as input goes through these functions: save,
// autosave, every export, every CLI output, sweep results, scenario and lesson input.
//
// Writing: the bytes go to a new temporary file created exclusively (O_EXCL, never
// following a link) in the target's folder, are written to the end, fsync'ed, closed,
// and renamed over the target; the folder is fsync'ed. Any failure removes the
// temporary file and leaves the previous target byte-identical. A target that is a
// symbolic link, a named pipe, a device, a socket or a folder is refused before
// anything is written. "-" means standard output (writeOutput only).
//
// Reading: only regular files are read (a FIFO is opened non-blocking and refused, a
// device or folder too), never more than `maxBytes`.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace scalelab::core {

/// The outcome of a file operation. `error` is a full sentence naming the path and the
/// reason in words (the errno text), e.g. "out/summary.json: cannot write the file (No
/// space left on device)".
struct FileResult
{
    bool ok = true;
    std::string error;
    int errnoValue = 0;
    explicit operator bool() const { return ok; }
    /// `error` without the "path: " it starts with, for a diagnostic that names the file
    /// in its own field.
    std::string reason(const std::string& path) const
    {
        const std::string prefix = path + ": ";
        return error.compare(0, prefix.size(), prefix) == 0 ? error.substr(prefix.size()) : error;
    }
};

/// Why `path` may not be written as an output ("" when it may: a regular file or a
/// name that does not exist yet in an existing folder).
std::string outputPathProblem(const std::string& path);

/// Replaces `path` with `data` atomically and durably (see above).
FileResult writeFileSafely(const std::string& path, std::string_view data);

/// writeFileSafely, or standard output when `path` is "-" (flushed and checked).
FileResult writeOutput(const std::string& path, std::string_view data);

/// Reads a whole regular file of at most `maxBytes` into `out`.
FileResult readRegularFile(const std::string& path, std::size_t maxBytes, std::string& out);

/// Test seam, also read from the environment variable SCALELAB_TEST_DISK_FREE_BYTES at
/// the first write: after `bytes` more bytes have been written through writeFileSafely
/// in this process, further writes fail with ENOSPC as on a full disk. A negative value
/// switches the seam off (the default).
void setSimulatedFreeSpaceForTesting(std::int64_t bytes);

} // namespace scalelab::core
