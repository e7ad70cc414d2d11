#pragma once

#include <QString>

#include <cstdint>

namespace clientele {

enum class TagKind
{
    Static,
    Dynamic
};

struct Tag
{
    std::int64_t id = 0;
    QString name;
    TagKind kind = TagKind::Static;
};

inline QString tagKindKey(TagKind kind)
{
    return kind == TagKind::Dynamic ? QStringLiteral("dynamic") : QStringLiteral("static");
}

} // namespace clientele
