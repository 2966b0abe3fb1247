#pragma once

#include <QString>

// Shell completion scripts for epistle, written from CommandReference at build time (`epistle help
// --completion bash|zsh`): sub-commands, actions, every option each one registers, choices (--security
// tls|starttls|none ...), files, and, asked from epistle when Tab is pressed, the account names
// (`epistle accounts list --json`) and the outbox ids (`epistle outbox list --json`).
namespace ShellCompletion {
QString bash();
QString zsh();
} // namespace ShellCompletion
