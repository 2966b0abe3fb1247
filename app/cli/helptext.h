#pragma once

#include "commandreference.h"

#include <QString>

// `epistle help` for the terminal: the overview of every command, or one command's (or action's) synopsis,
// prose and options, laid out from CommandReference and wrapped to 80 columns.
namespace HelpText {
QString overview();
// 'action' nullptr: the whole command (with its actions listed, when it has some).
QString command(const CommandReference::Command &command, const CommandReference::Action *action = nullptr);

// 'text' wrapped at 'width' columns, every line indented by 'indent' spaces; paragraphs (blank lines) kept.
QString wrap(const QString &text, int indent, int width = 80);
} // namespace HelpText
