#pragma once

#include "accountfile.h"

#include <QSet>

// Reads the accounts file's text for AccountFile::parse(): line by line, section by section, each key into
// its Account field, and every section that cannot be read kept aside as written. Internal to core/accounts.
class AccountFileParser
{
    Q_DECLARE_TR_FUNCTIONS(AccountFile)

public:
    explicit AccountFileParser(const QByteArray &data);
    AccountFile::Parsed run();

    // Reads a double-quoted string starting at text[0] == '"' (\n, \t, \r, \" and \\ escapes). False for a
    // missing closing quote or an unknown escape, with 'error' set; 'end' is the index after the closing
    // quote.
    static bool unquote(const QString &text, QString *out, qsizetype *end, QString *error);

private:
    // One section being read.
    struct Section
    {
        enum Kind { Preamble, Header, AccountSection, Unknown } kind = Preamble;
        int line = 0;
        QList<QByteArray> rawLines;
        Account account;
        QSet<QString> keysSeen;
        bool bad = false;
        bool hadId = false;
    };
    // What reading one setting did.
    enum class Setting { Read, Bad, Unknown };

    void readLine(int lineNo, const QByteArray &raw);
    void readSectionHeader(int lineNo, const QString &line);
    void readAccountHeader(int lineNo, const QString &inner);
    void readKeyValue(int lineNo, const QString &line);
    void readVersion(int lineNo, const QString &key, const QString &value);
    void readAccountSetting(int lineNo, const QString &key, const QString &value);
    Setting readProfileSetting(const QString &key, const QString &value, QString *problem);
    Setting readServerSetting(const QString &key, const QString &value, QString *problem);
    Setting readExtraSetting(const QString &key, const QString &value, QString *problem);
    Setting readOAuthSetting(const QString &key, const QString &value);
    void closeSection();
    void checkAccount();
    void keepAccount();
    void keepUnreadable();
    void chooseDefault();
    void problem(int line, const QString &message);
    void badSection(int line, const QString &message);

    QList<QByteArray> m_lines;
    AccountFile::Parsed m_result;
    QSet<QString> m_names; // case-folded
    QSet<QString> m_ids;
    Section m_section;
};
