#include "settings/ReclassificationCounter.h"

#include "analytics/AnalyticsRuleError.h"

#include <QMetaObject>
#include <QPointer>
#include <QTimer>

namespace clientele {

ReclassificationCounter::ReclassificationCounter(QObject* parent)
    : QObject(parent)
    , m_delay(new QTimer(this))
{
    qRegisterMetaType<clientele::ReclassificationPreview::Outcome>();
    m_pool.setMaxThreadCount(1); // runs queue behind each other; a stale one is cancelled anyway
    m_delay->setSingleShot(true);
    m_delay->setInterval(200);
    connect(m_delay, &QTimer::timeout, this, &ReclassificationCounter::start);
}

ReclassificationCounter::~ReclassificationCounter()
{
    cancel();
    m_pool.waitForDone();
}

void ReclassificationCounter::setBaseline(std::shared_ptr<const AnalyticsEngine::Result> baseline)
{
    cancel();
    m_baseline = std::move(baseline);
}

void ReclassificationCounter::setDelay(int milliseconds)
{
    m_delay->setInterval(milliseconds);
}

void ReclassificationCounter::request(const ReclassificationPreview::Candidate& candidate)
{
    enqueue(Request{candidate, std::nullopt});
}

void ReclassificationCounter::request(const ReclassificationPreview::Candidate& candidate,
                                      const ReclassificationPreview::Candidate& reference)
{
    enqueue(Request{candidate, reference});
}

void ReclassificationCounter::enqueue(Request request)
{
    if (m_cancel)
        m_cancel->store(true);
    m_pending = std::move(request);
    ++m_generation; // an answer on its way is stale from now on
    m_delay->start();
}

void ReclassificationCounter::cancel()
{
    m_delay->stop();
    m_pending.reset();
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
}

void ReclassificationCounter::start()
{
    if (!m_pending || !m_baseline)
        return;
    Request request = std::move(*m_pending);
    m_pending.reset();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation;
    emit counting();

    QPointer<ReclassificationCounter> self(this);
    m_pool.start([self, generation, request = std::move(request), baseline = m_baseline, shared = m_shared,
                  cancel = m_cancel] {
        if (cancel->load())
            return;
        std::shared_ptr<const ReclassificationPreview> preview;
        {
            std::lock_guard lock(shared->mutex);
            if (shared->baseline != baseline) {
                shared->baseline = baseline;
                shared->preview = std::make_shared<const ReclassificationPreview>(
                    baseline->customers, baseline->totalNetAmountMinor);
            }
            preview = shared->preview;
        }
        QString error;
        ReclassificationPreview::Outcome outcome;
        try {
            outcome = request.reference
                          ? preview->compare(*request.reference, request.candidate, cancel.get())
                          : preview->evaluate(request.candidate, cancel.get());
        } catch (const AnalyticsRuleError& e) {
            error = e.message();
        }
        if (outcome.cancelled || cancel->load())
            return;
        // The page may be gone by now: QPointer checked on the receiving thread.
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, outcome, error] {
                if (!self || generation != self->m_generation)
                    return;
                if (error.isEmpty())
                    emit self->counted(outcome);
                else
                    emit self->failed(error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace clientele
