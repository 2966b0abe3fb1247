#include "secretmemory.h"

#include "smtp/smtpconnectionsettings.h"

#include <string.h>

namespace SecretMemory {

namespace {

// explicit_bzero: a plain memset of memory about to be released may be optimised away.
template<typename Data> void overwrite(Data &data, size_t bytes)
{
    // Static data (a literal) has no header and is read-only; it is no secret either.
    if (data.isMutable() && bytes > 0) {
        explicit_bzero(data.data(), bytes);
    }
}

} // namespace

void wipe(QString &secret)
{
    overwrite(secret.data_ptr(), size_t(secret.size()) * sizeof(QChar));
    secret.clear();
}

void wipe(QByteArray &secret)
{
    overwrite(secret.data_ptr(), size_t(secret.size()));
    secret.clear();
}

void wipe(SmtpCredentials &credentials)
{
    wipe(credentials.password);
    wipe(credentials.oauthToken);
}

} // namespace SecretMemory
