#pragma once

#include "analytics/AnalyticsEngine.h"
#include "analytics/ReclassificationPreview.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

class QTimer;

namespace clientele {

// Counts, off the UI thread, how many customers a candidate scheme and tier model would move to
// another tier (ReclassificationPreview against the latest analysis). Requests are debounced (200 ms
// by default) so typing in a spin box makes one run; a newer request cancels the run in progress,
// and only the newest answer is delivered.
class ReclassificationCounter : public QObject
{
    Q_OBJECT

public:
    explicit ReclassificationCounter(QObject* parent = nullptr);
    // Cancels and waits for the worker.
    ~ReclassificationCounter() override;

    // The analysis the candidates are compared with; null: none yet (requests answer nothing).
    void setBaseline(std::shared_ptr<const AnalyticsEngine::Result> baseline);
    bool hasBaseline() const { return m_baseline != nullptr; }
    void setDelay(int milliseconds);

    // Counts the candidate after the delay, replacing any request still waiting or running.
    void request(const ReclassificationPreview::Candidate& candidate);
    // The same, counting what `candidate` changes against `reference` instead of the baseline.
    void request(const ReclassificationPreview::Candidate& candidate,
                 const ReclassificationPreview::Candidate& reference);
    // Forgets a waiting request and cancels the running one.
    void cancel();

signals:
    // A run started on the worker.
    void counting();
    void counted(const clientele::ReclassificationPreview::Outcome& outcome);
    void failed(const QString& message);

private:
    struct Request
    {
        ReclassificationPreview::Candidate candidate;
        std::optional<ReclassificationPreview::Candidate> reference;
    };
    void enqueue(Request request);
    void start();

    // Built on the worker from the baseline the first time it is needed, then reused.
    struct Shared
    {
        std::mutex mutex;
        std::shared_ptr<const AnalyticsEngine::Result> baseline;
        std::shared_ptr<const ReclassificationPreview> preview;
    };

    QThreadPool m_pool;
    QTimer* m_delay = nullptr;
    std::shared_ptr<const AnalyticsEngine::Result> m_baseline;
    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    std::optional<Request> m_pending;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
};

} // namespace clientele
