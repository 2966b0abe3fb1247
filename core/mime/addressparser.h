#pragma once

#include "mime/mailaddress.h"

#include <QCoreApplication>
#include <QFlags>
#include <QString>
#include <QStringList>

// Parses RFC 5322 3.4 address lists as people type them and as headers carry them (groups, comments,
// quoted names, obsolete forms of 4.4, RFC 6532 UTF-8, IDN domains), and formats addresses for display.
// Errors name the character position so a person can fix the input. Linear in the input, whatever it is.
class AddressParser
{
    Q_DECLARE_TR_FUNCTIONS(AddressParser)

public:
    enum Option {
        NoOptions = 0,
        // Decode RFC 2047 encoded words in names (for headers read from a message, not for typed input).
        DecodeEncodedWords = 0x1,
        // Keep going after an invalid entry: skip to the next comma, record the problem in `problems`, and
        // keep every valid address (for reading other mailers' headers, where something is better than
        // nothing).
        SkipInvalid = 0x2,
    };
    Q_DECLARE_FLAGS(Options, Option)

    struct Result
    {
        AddressList addresses;
        // The first problem, for people ("... at character 12"); empty when the input was valid.
        QString error;
        // Where the first problem is: an index into the input QString (UTF-16 code units), -1 when valid.
        int errorPosition = -1;
        // Every problem, when SkipInvalid let parsing continue past some.
        QStringList problems;

        bool ok() const { return errorPosition < 0; }
    };

    static Result parseList(const QString &text, Options options = NoOptions);

    // Exactly one mailbox ("Name <a@b>", "a@b" or "a@b (Name)"); anything else is an error.
    static Result parseMailbox(const QString &text, Options options = NoOptions);

    // Checks a bare addr-spec ("local@domain"), as MailAddress::address() holds it.
    static bool isValidAddrSpec(const QString &addrSpec, QString *error = nullptr);

    // RFC 5322 3.2.3 atext, extended by RFC 6532 3.2 with every non-ASCII character.
    static bool isAtext(QChar c);

    // A display name as a phrase: as is when it is atoms separated by single spaces, otherwise a
    // quoted-string with '"' and '\' escaped (RFC 5322 3.2.4). No RFC 2047 encoding: that is the writer's
    // job.
    static QString quotePhraseIfNeeded(const QString &name);

    // A local part as RFC 5322 3.4.1 needs it: a dot-atom as is, anything else as a quoted-string.
    static QString quoteLocalPartIfNeeded(const QString &localPart);

    // For display and command lines: "Name <a@b>, \"Doe, Jane\" <j@x>, Team: c@d;".
    static QString formatList(const AddressList &list);
};
Q_DECLARE_OPERATORS_FOR_FLAGS(AddressParser::Options)
