#pragma once

#include <QByteArray>
#include <QString>

struct SmtpCredentials;

// Wipes secrets (passwords, OAuth tokens) from memory once they are no longer needed. The characters are
// overwritten where they are, in the one buffer every implicitly shared copy points to, then the value is
// emptied: QString::fill() would detach a shared string and overwrite only a new copy, leaving the secret in
// the buffer that held it. Only wipe when no copy is still in use.
namespace SecretMemory {
void wipe(QString &secret);
void wipe(QByteArray &secret);
// The password and the token.
void wipe(SmtpCredentials &credentials);
} // namespace SecretMemory
