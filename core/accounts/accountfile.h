#pragma once

#include "account.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The accounts file as text: reads and writes the human-editable, INI-like format that AccountStore keeps in
// AppConfigLocation, and says precisely (line, account) what it could not read. Pure: bytes in, values out.
//
//     [epistle]
//     version = 1
//
//     [account "Work"]
//     id = 6f1c0d1e-...
//     address = alice@example.org
//     server = smtp.example.org
//     security = tls
//     signature = "Alice\nExample Ltd."
//
// One section per account, named by the account; "key = value" lines; '#' or ';' starts a comment line;
// a value in double quotes may hold \n, \t, \" and \\. A section that cannot be read is kept aside as it was
// written (its lines), so that writing the file again never drops it: nothing the person wrote is lost
// because one line is wrong.
class AccountFile
{
    Q_DECLARE_TR_FUNCTIONS(AccountFile)

public:
    // The format this code writes. A file with a higher version was written by a newer Epistle: it is read
    // as far as possible, never written (AccountStore becomes read-only).
    static constexpr int CurrentVersion = 1;
    static constexpr const char *FileName = "accounts.conf";

    // One thing that could not be read.
    struct Problem
    {
        int line = 0; // 1-based; 0 for the file as a whole
        QString account; // the account's name, when the problem is inside an account's section
        QString message;

        // "accounts.conf line 12 (account "Work"): security must be tls, starttls or none"
        QString toString(const QString &fileName = QLatin1String(FileName)) const;
    };

    // A section that could not be read, exactly as it was written (header line included).
    struct Unreadable
    {
        QString name; // the account name from its header, when it had one (kept reserved)
        QString id; // its id line, when one could be read (kept reserved)
        int line = 0;
        QByteArray text;
    };

    struct Parsed
    {
        int version = CurrentVersion; // as written ([epistle] version), CurrentVersion when absent
        bool newerVersion = false; // version > CurrentVersion, or unreadable: do not write
        QList<Account> accounts; // every account that could be read, in file order
        QList<Unreadable> unreadable;
        QList<Problem> problems;
        // Accounts that had no id (written by hand) got one derived from their name; it is written with the
        // next change.
        bool idsAssigned = false;
    };

    static Parsed parse(const QByteArray &data);
    // A yes/no value as the file takes it (yes, no, true, false, on, off, 1, 0; any case), and the command
    // line's options for the same settings; false when it is none of them.
    static bool parseBool(const QString &text, bool *value);
    static QByteArray serialize(const QList<Account> &accounts, const QList<Unreadable> &unreadable = {});
};
