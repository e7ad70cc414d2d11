#include "import/ReadAheadReader.h"

namespace clientele {

namespace {

constexpr size_t kRowsPerBlock = 512; // one hand-over (a lock and a wake-up) per block, not per row
constexpr size_t kBlocksAhead = 8;

} // namespace

ReadAheadReader::ReadAheadReader(std::unique_ptr<SpreadsheetReader> inner)
    : m_inner(std::move(inner))
    , m_format(m_inner->format())
    , m_sheetNames(m_inner->sheetNames())
    , m_encoding(m_inner->encoding())
    , m_encodingReason(m_inner->encodingReason())
{
}

ReadAheadReader::~ReadAheadReader()
{
    stop();
}

void ReadAheadReader::start()
{
    m_stopping = false;
    m_finished = false;
    m_current = Block();
    m_next = 0;
    m_started = true;
    m_thread = std::thread([this] { produce(); });
}

void ReadAheadReader::stop()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    m_queue.clear();
    m_spent.clear();
    m_started = false;
}

void ReadAheadReader::selectSheet(int index)
{
    stop();
    m_inner->selectSheet(index);
    m_rowNumber = 0;
    m_permille = 0;
    m_finished = false;
    m_current = Block();
    m_next = 0;
}

void ReadAheadReader::setRowHook(RowHook hook)
{
    Q_ASSERT(!m_started);
    m_hook = std::move(hook);
}

void ReadAheadReader::produce()
{
    for (;;) {
        Block block;
        block.rows.reserve(kRowsPerBlock);
        block.rowNumbers.reserve(kRowsPerBlock);
        std::vector<QList<CellValue>> spent;
        {
            std::lock_guard lock(m_mutex);
            spent.swap(m_spent);
        }
        try {
            QList<CellValue> cells;
            while (block.rows.size() < kRowsPerBlock) {
                if (!m_inner->readRow(cells)) {
                    block.last = true;
                    break;
                }
                if (m_hook)
                    m_hook(cells, m_inner->rowNumber());
                const qsizetype width = cells.size();
                block.rows.push_back(std::move(cells));
                block.rowNumbers.push_back(m_inner->rowNumber());
                // The next row goes into a spent row's list (its cells freed here, its room kept),
                // or a new list with room for as many cells as this row had.
                if (!spent.empty()) {
                    cells = std::move(spent.back());
                    spent.pop_back();
                    cells.clear();
                } else {
                    cells = QList<CellValue>();
                }
                cells.reserve(width);
            }
        } catch (...) {
            block.error = std::current_exception();
            block.last = true;
        }
        block.permille = m_inner->progressPermille();
        const bool last = block.last;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || m_queue.size() < kBlocksAhead; });
            if (m_stopping)
                return;
            m_queue.push_back(std::move(block));
        }
        m_changed.notify_all();
        if (last)
            return;
    }
}

bool ReadAheadReader::nextBlock()
{
    if (m_current.error)
        std::rethrow_exception(std::exchange(m_current.error, nullptr));
    if (m_current.last || m_finished) {
        m_finished = true;
        return false;
    }
    if (!m_started)
        start();
    {
        std::unique_lock lock(m_mutex);
        // The rows handed out so far (the caller swapped its previous row into each slot) go back
        // to the reading thread, up to a block's worth.
        for (QList<CellValue>& row : m_current.rows) {
            if (m_spent.size() >= kRowsPerBlock)
                break;
            m_spent.push_back(std::move(row));
        }
        m_changed.wait(lock, [this] { return !m_queue.empty(); });
        m_current = std::move(m_queue.front());
        m_queue.pop_front();
    }
    m_changed.notify_all();
    m_next = 0;
    m_permille = m_current.permille;
    if (m_current.last && m_thread.joinable())
        m_thread.join(); // the producer has finished with the inner reader
    return true;
}

bool ReadAheadReader::readRow(QList<CellValue>& cells)
{
    while (m_next >= m_current.rows.size()) {
        if (!nextBlock()) {
            cells.clear();
            return false;
        }
    }
    cells.swap(m_current.rows[m_next]); // the caller's previous row goes back with the block
    m_rowNumber = m_current.rowNumbers[m_next];
    ++m_next;
    return true;
}

} // namespace clientele
