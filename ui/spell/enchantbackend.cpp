#include "enchantbackend.h"

#include "spelllogging.h"

#include <QMetaObject>

#include <enchant.h>

// Owns the broker and does what may take long — finding the providers and their dictionaries, loading one —
// on the backend's thread.
class EnchantBackend::Worker : public QObject
{
public:
    ~Worker() override
    {
        if (m_broker) {
            // Frees the dictionaries it gave out too.
            enchant_broker_free(m_broker);
        }
    }

    QStringList listLanguages()
    {
        QStringList tags;
        enchant_broker_list_dicts(
            broker(),
            [](const char *tag, const char *, const char *, const char *, void *data) {
                static_cast<QStringList *>(data)->append(QString::fromUtf8(tag));
            },
            &tags);
        tags.removeDuplicates();
        tags.sort();
        return tags;
    }

    EnchantDict *request(const QString &language)
    {
        EnchantDict *dict = enchant_broker_request_dict(broker(), language.toUtf8().constData());
        if (!dict) {
            qCWarning(lcSpell) << "Enchant could not load the dictionary" << language << ":"
                               << enchant_broker_get_error(broker());
        }
        return dict;
    }

    void release(EnchantDict *dict) { enchant_broker_free_dict(broker(), dict); }

private:
    EnchantBroker *broker()
    {
        if (!m_broker) {
            m_broker = enchant_broker_init();
        }
        return m_broker;
    }

    EnchantBroker *m_broker = nullptr;
};

EnchantBackend::EnchantBackend(QObject *parent) : SpellBackend(parent), m_worker(new Worker)
{
    m_thread.setObjectName(QStringLiteral("enchant"));
    m_worker->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
    // Replies are queued to this object, which outlives the thread (the destructor waits for it).
    EnchantBackend *self = this;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, self] {
        const QStringList tags = worker->listLanguages();
        qCDebug(lcSpell) << "Enchant dictionaries:" << tags;
        QMetaObject::invokeMethod(self, [self, tags] {
            self->m_languages = tags;
            self->m_listed = true;
            Q_EMIT self->languagesFound();
        });
    });
}

EnchantBackend::~EnchantBackend()
{
    m_thread.quit();
    m_thread.wait();
    // The thread has ended, so nothing else touches the worker (or the broker it frees) any more.
    for (EnchantDict *dict : std::as_const(m_dicts)) {
        m_worker->release(dict);
    }
    delete m_worker;
}

void EnchantBackend::load(const QString &language)
{
    if (m_dicts.contains(language)) {
        Q_EMIT dictionaryLoaded(language, true);
        return;
    }
    if (m_loading.contains(language)) {
        return;
    }
    m_loading.insert(language);
    EnchantBackend *self = this;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, self, language] {
        EnchantDict *dict = worker->request(language);
        QMetaObject::invokeMethod(self, [self, language, dict] {
            self->m_loading.remove(language);
            if (dict) {
                self->m_dicts.insert(language, dict);
            }
            Q_EMIT self->dictionaryLoaded(language, dict != nullptr);
        });
    });
}

bool EnchantBackend::isCorrect(const QString &language, const QString &word)
{
    EnchantDict *dict = m_dicts.value(language);
    if (!dict) {
        return true;
    }
    const QByteArray utf8 = word.toUtf8();
    // 0: found; a negative value is an error, which must not underline the person's word.
    return enchant_dict_check(dict, utf8.constData(), utf8.size()) <= 0;
}

QStringList EnchantBackend::suggestions(const QString &language, const QString &word)
{
    EnchantDict *dict = m_dicts.value(language);
    if (!dict) {
        return {};
    }
    const QByteArray utf8 = word.toUtf8();
    size_t count = 0;
    char **list = enchant_dict_suggest(dict, utf8.constData(), utf8.size(), &count);
    QStringList out;
    for (size_t i = 0; i < count; ++i) {
        out.append(QString::fromUtf8(list[i]));
    }
    if (list) {
        enchant_dict_free_string_list(dict, list);
    }
    return out;
}
