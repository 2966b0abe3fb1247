#pragma once

#include "mime/mimemessage.h"

#include <QCommandLineParser>
#include <QString>

// The message part of the command line (--from, --to, ..., --attach, or --eml), turned into a MimeMessage.
class MessageOptions
{
public:
    // The options this part registers; add() puts them on a parser.
    static QList<QCommandLineOption> options();
    static void add(QCommandLineParser &parser);
    // Builds the message. 'defaultFrom' (an account's address and name) applies when --from is absent.
    // Returns ExitCode::Ok, or an exit code with 'error' set.
    static int build(const QCommandLineParser &parser, MimeMessage *message, QString *error,
        const QString &defaultFrom = {}, const QString &defaultFromName = {});
};
