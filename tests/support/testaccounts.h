#pragma once

#include <QList>
#include <QString>

// One account the test servers accept.
struct TestAccount
{
    QString user;
    QString password;
};

// The accounts of tests/servers/users.conf, which Dovecot (behind Postfix) and aiosmtpd
// both load, so a test never repeats a password the servers might not agree with.
namespace TestAccounts {

// alice@example.test / "correct horse": the everyday account.
TestAccount alice();
// bob@example.test with a non-ASCII password already in SASLprep form (NFC, no mapped
// characters): SCRAM clients that prepare it and PLAIN clients that send it as is both pass.
TestAccount bob();
// Every account in users.conf, in file order.
QList<TestAccount> all();

} // namespace TestAccounts
