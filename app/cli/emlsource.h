#pragma once

#include <QByteArray>
#include <QFile>
#include <QIODevice>

// A prepared .eml read for sending, with its Bcc header fields left out: the Bcc recipients are in the
// envelope, and the header would tell every other recipient about them. The rest streams from the file.
class EmlSource : public QIODevice
{
    Q_OBJECT
public:
    // Wraps the opened file; nullptr (the file untouched) when its header block has no Bcc field.
    static EmlSource *withoutBcc(QFile *file, QObject *parent = nullptr);
    // The header block without its Bcc fields (continuation lines included), line ends as they were.
    static QByteArray stripBcc(const QByteArray &headerBlock, bool *stripped);

    bool isSequential() const override { return true; }
    qint64 size() const override { return m_header.size() + m_file->size() - m_bodyOffset; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    EmlSource(QFile *file, QByteArray header, qint64 bodyOffset, QObject *parent);
    QFile *m_file;
    QByteArray m_header;
    qint64 m_headerPos = 0;
    qint64 m_bodyOffset;
};
