#include "providerdatabase.h"

#include <QDir>
#include <QFile>
#include <utility>

namespace {
constexpr qint64 MaxProviderFileSize = 256 * 1024;
}

ProviderDatabase::ProviderDatabase(const QStringList &extraDirectories) : m_directories(extraDirectories)
{
    m_directories << builtInDirectory();
}

void ProviderDatabase::loadAll()
{
    if (m_loaded) {
        return;
    }
    m_loaded = true;
    for (const QString &directory : std::as_const(m_directories)) {
        const QDir dir(directory);
        const QStringList names = dir.entryList({ QStringLiteral("*.xml") }, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            const QString path = dir.filePath(name);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly) || file.size() > MaxProviderFileSize) {
                m_errors << tr("%1: cannot be read").arg(path);
                continue;
            }
            AutoconfigXml::Provider provider;
            QString error;
            if (!AutoconfigXml::parse(file.readAll(), &provider, &error)) {
                m_errors << QStringLiteral("%1: %2").arg(path, error);
                continue;
            }
            m_providers << provider;
            m_files << path;
        }
    }
}

bool ProviderDatabase::find(const QString &domain, AutoconfigXml::Provider *provider, QString *file)
{
    loadAll();
    const QString d = domain.trimmed().toLower();
    for (int i = 0; i < m_providers.size(); ++i) {
        if (m_providers.at(i).domains.contains(d)) {
            *provider = m_providers.at(i);
            if (file) {
                *file = m_files.at(i);
            }
            return true;
        }
    }
    return false;
}

QList<AutoconfigXml::Provider> ProviderDatabase::providers(QStringList *errors)
{
    loadAll();
    if (errors) {
        *errors = m_errors;
    }
    return m_providers;
}
