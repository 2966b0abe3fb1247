#pragma once

#include "store/draft.h"

#include <QString>

// The content of the crash tests' draft at each revision: a pure function of the revision number, so the test
// can tell whether what survived a kill is exactly one whole revision (never a mix, never torn).
namespace CrashContent {

inline const QString DraftId = QStringLiteral("crashdraft");

inline QString body(int revision)
{
    // About 400 KB: a save takes long enough for kills to land in the middle of one, short enough for many.
    QString text = QStringLiteral("revision %1\n").arg(revision);
    const QString line
        = QStringLiteral("r%1 Grüße, the quick brown fox jumps over the lazy dog = 3D. \n").arg(revision);
    text.reserve(line.size() * 6000);
    for (int i = 0; i < 6000; ++i) {
        text += line;
    }
    return text + QStringLiteral("end of revision %1").arg(revision);
}

inline Draft draft(int revision)
{
    Draft d;
    d.account = QStringLiteral("crash");
    d.from = QStringLiteral("alice@example.org");
    d.to = QStringLiteral("bob@example.org, half-typed@exa");
    d.subject = QStringLiteral("revision %1").arg(revision);
    d.plainText = body(revision);
    // Two attachments whose names and bytes change with the revision.
    for (int k = 0; k < 2; ++k) {
        const int tag = revision / 3 + k;
        const QString name = QStringLiteral("attachment-%1.bin").arg(tag);
        QByteArray data = QByteArray::number(tag).repeated(20000 + 1000 * (tag % 7));
        d.attachments.append(DraftAttachment::fromData(data, name, "application/octet-stream"));
    }
    return d;
}

} // namespace CrashContent
