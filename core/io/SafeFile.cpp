// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/SafeFile.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace scalelab::core {

namespace {

// < 0: no simulated limit. Read from the environment once, at the first write.
std::atomic<std::int64_t> g_freeBytes{-2};

std::int64_t simulatedFreeSpace()
{
    std::int64_t v = g_freeBytes.load();
    if (v == -2) {
        v = -1;
        if (const char* env = std::getenv("SCALELAB_TEST_DISK_FREE_BYTES"); env && *env) {
            char* end = nullptr;
            const long long n = std::strtoll(env, &end, 10);
            if (end && *end == '\0' && n >= 0)
                v = n;
        }
        std::int64_t expected = -2;
        g_freeBytes.compare_exchange_strong(expected, v);
        v = g_freeBytes.load();
    }
    return v;
}

/// Takes up to `n` bytes of the simulated free space; returns how many may be written.
std::size_t reserveSimulated(std::size_t n)
{
    if (simulatedFreeSpace() < 0)
        return n;
    std::int64_t cur = g_freeBytes.load();
    for (;;) {
        const auto take = static_cast<std::int64_t>(std::min<std::uint64_t>(n, static_cast<std::uint64_t>(cur)));
        if (g_freeBytes.compare_exchange_weak(cur, cur - take))
            return static_cast<std::size_t>(take);
    }
}

FileResult failure(const std::string& path, const std::string& what, int err)
{
    FileResult r;
    r.ok = false;
    r.errnoValue = err;
    r.error = path + ": " + what;
    if (err != 0)
        r.error += std::string(" (") + std::strerror(err) + ")";
    return r;
}

const char* fileTypeName(mode_t mode)
{
    if (S_ISLNK(mode))
        return "a symbolic link";
    if (S_ISFIFO(mode))
        return "a named pipe (FIFO)";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    if (S_ISSOCK(mode))
        return "a socket";
    if (S_ISDIR(mode))
        return "a folder";
    return "not a regular file";
}

/// Writes all of `data` to `fd`, retrying short writes and EINTR.
int writeAll(int fd, std::string_view data)
{
    const char* p = data.data();
    std::size_t left = data.size();
    while (left > 0) {
        const std::size_t allowed = reserveSimulated(std::min<std::size_t>(left, std::size_t{1} << 20));
        if (allowed == 0)
            return ENOSPC;
        const ssize_t n = ::write(fd, p, allowed);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return EIO;
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    return 0;
}

std::string uniqueTempName(const std::filesystem::path& target)
{
    static std::atomic<unsigned> counter{0};
    static thread_local std::mt19937_64 rng{std::random_device{}() ^
                                            static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count())};
    char suffix[40];
    std::snprintf(suffix, sizeof suffix, ".%d-%u-%016llx.part", static_cast<int>(::getpid()), counter.fetch_add(1),
                  static_cast<unsigned long long>(rng()));
    const std::filesystem::path dir = target.parent_path();
    const std::string name = "." + target.filename().string() + suffix;
    return (dir.empty() ? std::filesystem::path(name) : dir / name).string();
}

void syncDirectory(const std::filesystem::path& dir)
{
    const std::string d = dir.empty() ? std::string(".") : dir.string();
    const int fd = ::open(d.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd); // best effort: some file systems refuse fsync on folders
        ::close(fd);
    }
}

} // namespace

void setSimulatedFreeSpaceForTesting(std::int64_t bytes)
{
    g_freeBytes.store(bytes < 0 ? -1 : bytes);
}

std::string outputPathProblem(const std::string& path)
{
    if (path.empty())
        return "no file name given";
    struct stat st{};
    if (::lstat(path.c_str(), &st) == 0) {
        if (S_ISREG(st.st_mode))
            return {};
        if (S_ISLNK(st.st_mode))
            return std::string("is a symbolic link; ScaleLab does not write through links (name the file itself)");
        return std::string("is ") + fileTypeName(st.st_mode) + ", not a regular file; choose a file name to write";
    }
    if (errno != ENOENT)
        return std::string("cannot be examined (") + std::strerror(errno) + ")";
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    const std::string dir = parent.empty() ? std::string(".") : parent.string();
    struct stat ds{};
    if (::stat(dir.c_str(), &ds) != 0)
        return "cannot write the file: its folder " + dir + " cannot be used (" + std::strerror(errno) + ")";
    if (!S_ISDIR(ds.st_mode))
        return "cannot write the file: " + dir + " is not a folder";
    return {};
}

FileResult writeFileSafely(const std::string& path, std::string_view data)
{
    if (const std::string why = outputPathProblem(path); !why.empty())
        return failure(path, why, 0);
    struct stat old{};
    const bool existed = ::lstat(path.c_str(), &old) == 0;

    // Preferred: an unnamed file (O_TMPFILE) in the target's folder, given a name only
    // once complete, so a kill -9 during the write leaves nothing behind. Where the file
    // system lacks O_TMPFILE, a uniquely named file created exclusively.
    const std::filesystem::path target(path);
    const std::string dir = target.parent_path().empty() ? std::string(".") : target.parent_path().string();
    std::string tmp;
    bool unnamed = false;
    int fd = -1;
#ifdef O_TMPFILE
    static const bool haveProc = ::access("/proc/self/fd", X_OK) == 0; // needed to name it
    if (haveProc)
        fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    unnamed = fd >= 0;
    if (haveProc && fd < 0 && errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL && errno != ENOENT)
        return failure(path, "cannot write the file", errno);
#endif
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        tmp = uniqueTempName(path);
        fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            return failure(path, "cannot write the file", errno);
    }
    if (fd < 0)
        return failure(path, "cannot create a temporary file beside it", EEXIST);
    auto abandon = [&](const char* what, int err) {
        ::close(fd);
        if (!tmp.empty())
            ::unlink(tmp.c_str());
        return failure(path, what, err);
    };
    if (existed) {
        // Keep the replaced file's permissions (and owner, where we may).
        if (::fchmod(fd, old.st_mode & 07777) != 0)
            return abandon("cannot set the file's permissions", errno);
        if (::geteuid() == 0 && ::fchown(fd, old.st_uid, old.st_gid) != 0) {
            // Best effort: the new file keeps root's ownership, the data is still safe.
        }
    }
    if (const int err = writeAll(fd, data); err != 0)
        return abandon("cannot write the file", err);
    if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS)
        return abandon("cannot write the file to disk", errno);
    // The target may have been replaced by something else meanwhile: check again, before
    // the finished file gets a name, so that between naming it and renaming it over the
    // target there are two system calls only (a kill -9 there leaves the named file).
    if (const std::string why = outputPathProblem(path); !why.empty())
        return abandon(why.c_str(), 0);
    if (unnamed) {
        // Name the finished file: linkat through /proc works without privileges.
        const std::string self = "/proc/self/fd/" + std::to_string(fd);
        for (int attempt = 0; attempt < 16; ++attempt) {
            tmp = uniqueTempName(path);
            if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, tmp.c_str(), AT_SYMLINK_FOLLOW) == 0)
                break;
            const int err = errno;
            tmp.clear();
            if (err != EEXIST)
                return abandon("cannot write the file", err);
        }
        if (tmp.empty())
            return abandon("cannot create a temporary file beside it", EEXIST);
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0)
        return abandon("cannot replace the file", errno);
    // Written and synced already: a failing close cannot lose data any more, but it is
    // still reported.
    if (::close(fd) != 0)
        return failure(path, "cannot write the file", errno);
    syncDirectory(std::filesystem::path(path).parent_path());
    return {};
}

FileResult writeOutput(const std::string& path, std::string_view data)
{
    if (path != "-")
        return writeFileSafely(path, data);
    std::fflush(stdout);
    if (const int err = writeAll(STDOUT_FILENO, data); err != 0)
        return failure("standard output", "cannot write", err);
    return {};
}

FileResult readRegularFile(const std::string& path, std::size_t maxBytes, std::string& out)
{
    out.clear();
    // O_NONBLOCK: opening a FIFO with no writer must not hang; it is refused below.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return failure(path, "cannot open the file", errno);
    struct stat st{};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        return failure(path, "cannot read the file", err);
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return failure(path, std::string("is ") + fileTypeName(st.st_mode) +
                                 ", not a regular file (expected a .json file)",
                       0);
    }
    if (static_cast<std::uint64_t>(st.st_size) > maxBytes) {
        ::close(fd);
        return failure(path,
                       "file too large (" + std::to_string(st.st_size) + " bytes, at most " +
                           std::to_string(maxBytes) + ")",
                       0);
    }
    // Back to blocking reads for a regular file (O_NONBLOCK has no effect there anyway).
    out.resize(static_cast<std::size_t>(st.st_size));
    std::size_t got = 0;
    while (got < out.size()) {
        const ssize_t n = ::read(fd, out.data() + got, out.size() - got);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            ::close(fd);
            out.clear();
            return failure(path, "cannot read the file", err);
        }
        if (n == 0)
            break; // the file shrank while we read it
        got += static_cast<std::size_t>(n);
    }
    out.resize(got);
    // A file that grows while read is read to its size at open: never past maxBytes.
    ::close(fd);
    return {};
}

} // namespace scalelab::core
