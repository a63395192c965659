// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace scalelab::core {

/// Why a file reference inside a lesson is refused, or an empty string when it is
/// acceptable. A reference is a relative path of plain names ([A-Za-z0-9._-] separated
/// by '/'): never absolute, never "..", ".", empty parts, backslashes, drive letters or
/// URL schemes. Loading a lesson never leaves its folder.
std::string checkLessonReference(const std::string& ref);
/// Like checkLessonReference for images: "images/<name>" (the shared lessons/images
/// folder) or a Qt resource path ":/<plain names>".
std::string checkImageReference(const std::string& ref);

/// Why a step's rich text is refused, or an empty string when it is acceptable. Only
/// the tags b, i, em, strong, code, sub, sup, p, br, ul, ol and li are allowed, without
/// attributes, so a lesson's text can never load an image, a file or a link; a literal
/// '<' is written "&lt;".
std::string checkLessonRichText(const std::string& text);

/// Where a lesson's files come from: a folder on disk (core) or Qt resources (ui).
/// read() is only ever called with references accepted by checkLessonReference, and
/// implementations must still refuse to leave their folder (symbolic links included).
/// Nothing is executed and nothing is fetched from the network.
class LessonSource
{
public:
    virtual ~LessonSource() = default;
    /// The text of `ref` inside the lesson folder; nullopt with `error` set when absent.
    virtual std::optional<std::string> read(const std::string& ref, std::string* error) const = 0;
    /// Whether an image reference (already checked) names an existing file.
    virtual bool imageExists(const std::string& ref) const = 0;
    /// The name used for `ref` in messages ("lessons/05-load-balancer/start.json").
    virtual std::string displayName(const std::string& ref) const = 0;
};

/// Reads from `lessonDir` on disk; images from `lessonDir/../images`.
class DirectoryLessonSource : public LessonSource
{
public:
    explicit DirectoryLessonSource(std::filesystem::path lessonDir);
    std::optional<std::string> read(const std::string& ref, std::string* error) const override;
    bool imageExists(const std::string& ref) const override;
    std::string displayName(const std::string& ref) const override;

    /// Files larger than this are refused (bytes).
    static constexpr std::uintmax_t kMaxFileBytes = 4u << 20;

private:
    /// The path of `ref` under `root`, or nullopt when it would resolve outside it.
    static std::optional<std::filesystem::path> inside(const std::filesystem::path& root,
                                                       const std::string& ref);
    std::filesystem::path m_dir;
};

} // namespace scalelab::core
