#pragma once

#include "autoconfigxml.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The settings of large mail providers that ship with Epistle (resources/providers/*.xml, autoconfig
// format, compiled into the core library as Qt resources under :/epistle/providers), looked up by the
// domain of an address. Works offline and sends nothing anywhere.
class ProviderDatabase
{
    Q_DECLARE_TR_FUNCTIONS(ProviderDatabase)

public:
    // The built-in directory, searched after any extra ones.
    static QString builtInDirectory() { return QStringLiteral(":/epistle/providers"); }

    // 'extraDirectories' are searched first (a distribution's or an administrator's own files, tests).
    explicit ProviderDatabase(const QStringList &extraDirectories = {});

    // The provider that lists 'domain' (case-insensitive), or false.
    bool find(const QString &domain, AutoconfigXml::Provider *provider, QString *file = nullptr);
    // Every provider file that could be read, for listing; 'errors' gets one line per unreadable file.
    QList<AutoconfigXml::Provider> providers(QStringList *errors = nullptr);

private:
    void loadAll();

    QStringList m_directories;
    bool m_loaded = false;
    QList<AutoconfigXml::Provider> m_providers;
    QStringList m_files;
    QStringList m_errors;
};
