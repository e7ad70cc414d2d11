<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityValidator</name>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The date of the interaction is missing.</source>
        <translation>缺少互动日期。</translation>
    </message>
    <message>
        <source>The channel is missing (phone, visit, e-mail…).</source>
        <translation>缺少渠道（电话、拜访、邮件…）。</translation>
    </message>
    <message>
        <source>The summary is missing: what was it about?</source>
        <translation>缺少摘要：这次互动是关于什么的？</translation>
    </message>
    <message>
        <source>The channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>The type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>The date of the answer is missing.</source>
        <translation>缺少答卷日期。</translation>
    </message>
    <message>
        <source>NPS must be a whole number from %1 to %2 (got %3).</source>
        <translation>NPS 必须是 %1 到 %2 之间的整数（输入为 %3）。</translation>
    </message>
    <message>
        <source>Satisfaction must be from %1 to %2 (got %3).</source>
        <translation>满意度必须在 %1 到 %2 之间（输入为 %3）。</translation>
    </message>
    <message>
        <source>The answer is empty: give an NPS, a satisfaction or a comment.</source>
        <translation>答卷为空：请填写 NPS、满意度或评论。</translation>
    </message>
    <message>
        <source>The date of the note is missing.</source>
        <translation>缺少备注日期。</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>备注为空。</translation>
    </message>
    <message>
        <source>The author</source>
        <translation>作者</translation>
    </message>
</context>
<context>
    <name>AnalysisPeriod</name>
    <message>
        <source>&apos;%1&apos; is not a period; write a year (2011), a quarter (2011Q3) or a month (2011-07)</source>
        <translation>“%1”不是有效的期间；请写年份（2011）、季度（2011Q3）或月份（2011-07）</translation>
    </message>
</context>
<context>
    <name>AnalyticsEngine</name>
    <message>
        <source>Reading customers and orders</source>
        <translation>正在读取客户和订单</translation>
    </message>
    <message>
        <source>Computing customer figures</source>
        <translation>正在计算客户指标</translation>
    </message>
    <message>
        <source>Scoring RFM</source>
        <translation>正在进行 RFM 评分</translation>
    </message>
    <message>
        <source>Assigning tiers</source>
        <translation>正在划分客户分层</translation>
    </message>
    <message>
        <source>Classifying lifecycle stages</source>
        <translation>正在判定生命周期阶段</translation>
    </message>
    <message>
        <source>Fitting the purchase and spend models</source>
        <translation>正在拟合购买模型和消费金额模型</translation>
    </message>
    <message>
        <source>Predicting lifetime value</source>
        <translation>正在预测客户生命周期价值</translation>
    </message>
    <message>
        <source>Assessing churn risk</source>
        <translation>正在评估流失风险</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>There is no scoring scheme &apos;%1&apos;.</source>
        <translation>没有名为“%1”的评分方案。</translation>
    </message>
    <message>
        <source>There is no tier model &apos;%1&apos;.</source>
        <translation>没有名为“%1”的分层模型。</translation>
    </message>
    <message>
        <source>No customer has a completed order up to %1: nothing to fit the purchase and spend models to.</source>
        <translation>截至 %1 没有客户有已完成的订单：无法拟合购买模型和消费金额模型。</translation>
    </message>
    <message>
        <source>no purchases</source>
        <translation>无购买记录</translation>
    </message>
    <message>
        <source>%1 fit did not converge (%2); lifetime values fall back to each customer&apos;s own history.</source>
        <translation>%1 拟合未收敛（%2）；客户生命周期价值改按每位客户自身的历史计算。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>BG/NBD</source>
        <translation>BG/NBD</translation>
    </message>
    <message>
        <source>Gamma-Gamma</source>
        <translation>Gamma-Gamma</translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--as-of 需要 YYYY-MM-DD 格式的日期，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>AnalyticsRuleStore</name>
    <message>
        <source>The stored definition of “%1” in %2 is not a JSON object: %3</source>
        <translation>%2 中保存的“%1”定义不是 JSON 对象：%3</translation>
    </message>
    <message>
        <source>The scoring scheme “%1” is built in; it can be reset but not removed.</source>
        <translation>评分方案“%1”是内置方案，只能恢复默认，不能删除。</translation>
    </message>
    <message>
        <source>There is no scoring scheme “%1”.</source>
        <translation>没有评分方案“%1”。</translation>
    </message>
    <message>
        <source>The tier model “%1” was not saved: %2</source>
        <translation>分层模型“%1”未保存：%2</translation>
    </message>
    <message>
        <source>The tier model “%1” is built in; it can be reset but not removed.</source>
        <translation>分层模型“%1”是内置模型，只能恢复默认，不能删除。</translation>
    </message>
    <message>
        <source>There is no tier model “%1”.</source>
        <translation>没有分层模型“%1”。</translation>
    </message>
</context>
<context>
    <name>AppSettingsStore</name>
    <message>
        <source>The currency code “%1” is not three capital letters (ISO 4217, e.g. CNY).</source>
        <translation>货币代码“%1”不是三个大写字母（ISO 4217，例如 CNY）。</translation>
    </message>
    <message>
        <source>Money is shown with 0 or 2 decimals, not %1.</source>
        <translation>金额只能显示 0 或 2 位小数，不能是 %1。</translation>
    </message>
</context>
<context>
    <name>BgNbdModel</name>
    <message>
        <source>only %1 customers; estimates from fewer than %2 are unreliable</source>
        <translation>仅有 %1 位客户；少于 %2 位时估计结果不可靠</translation>
    </message>
    <message>
        <source>only %1 customers bought more than once; the drop-out parameters a and b need at least %2</source>
        <translation>仅有 %1 位客户购买过不止一次；流失参数 a 和 b 至少需要 %2 位</translation>
    </message>
    <message>
        <source>the longest customer history is %1, shorter than %2; purchase rates and drop-out are hard to tell apart over so short a time</source>
        <translation>最长的客户历史为 %1，短于 %2；时间这么短，难以区分购买率与流失</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>无法写入图片 %1。</translation>
    </message>
    <message>
        <source>A chart from Clientele</source>
        <translation>来自 Clientele 的图表</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save as PNG/SVG…</source>
        <translation>另存为 PNG/SVG…</translation>
    </message>
</context>
<context>
    <name>ChurnRiskAssessor</name>
    <message>
        <source>Has not bought yet: no purchase pattern to lose.</source>
        <translation>尚未购买：没有可流失的购买规律。</translation>
    </message>
    <message>
        <source>Already churned: no purchase for %1 days.</source>
        <translation>已流失：%1 天没有购买。</translation>
    </message>
    <message>
        <source>Only %1 % likely still to be buying (BG/NBD P(alive)).</source>
        <translation>仍在购买的概率仅为 %1%（BG/NBD 存活概率）。</translation>
    </message>
    <message>
        <source>%1 % likely still to be buying (BG/NBD P(alive)).</source>
        <translation>仍在购买的概率为 %1%（BG/NBD 存活概率）。</translation>
    </message>
    <message>
        <source>Dormant: no purchase for %1 days.</source>
        <translation>沉睡：%1 天没有购买。</translation>
    </message>
    <message>
        <source>Silent for %1 days, longer than usual (typical gap %2 days).</source>
        <translation>已 %1 天没有购买，超过平时的间隔（通常间隔 %2 天）。</translation>
    </message>
    <message>
        <source>Purchase frequency falling: %1 orders in the last 90 days against %2 in the 90 before.</source>
        <translation>消费频率下降：最近 90 天 %1 个订单，之前 90 天 %2 个。</translation>
    </message>
    <message>
        <source>Amount falling: %1 in the last 90 days against %2 in the 90 before.</source>
        <translation>消费金额下降：最近 90 天 %1，之前 90 天 %2。</translation>
    </message>
    <message>
        <source>Interactions falling: %1 in the last 90 days against %2 in the 90 before.</source>
        <translation>互动减少：最近 90 天 %1 次，之前 90 天 %2 次。</translation>
    </message>
    <message>
        <source>No warning signal.</source>
        <translation>没有预警信号。</translation>
    </message>
</context>
<context>
    <name>ClvBacktest</name>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>chosen by the user</source>
        <translation>由用户选择</translation>
    </message>
    <message>
        <source>%1: the encoding %2 is not available in this build of Clientele.</source>
        <translation>%1：此版本的 Clientele 不支持编码 %2。</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>超过 %1 列</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>带引号的字段直到文件末尾仍未闭合</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters</source>
        <translation>字段长度超过 %1 个字符</translation>
    </message>
</context>
<context>
    <name>CsvTableWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CustomerBulkEditor</name>
    <message>
        <source>The tag name &quot;%1…&quot; is longer than %2 characters.</source>
        <translation>标签名“%1…”超过 %2 个字符。</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>标签需要名称。</translation>
    </message>
    <message>
        <source>The owner &quot;%1…&quot; is longer than %2 characters.</source>
        <translation>客户经理“%1…”超过 %2 个字符。</translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>同意接收营销</translation>
    </message>
    <message>
        <source>Contacts per month (max)</source>
        <translation>每月联系次数（上限）</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>客户创建日期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>ToB</source>
        <translation>ToB</translation>
    </message>
    <message>
        <source>ToC</source>
        <translation>ToC</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>The code %1 is already used by the customer &quot;%2&quot;.</source>
        <translation>编号 %1 已被客户“%2”使用。</translation>
    </message>
    <message>
        <source>The customer %1 no longer exists.</source>
        <translation>客户 %1 已不存在。</translation>
    </message>
    <message>
        <source>The customer %1 cannot be put back: its record is now used by &quot;%2&quot;.</source>
        <translation>无法恢复客户 %1：其记录现已被“%2”使用。</translation>
    </message>
</context>
<context>
    <name>CustomerSummaryReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty; expected a header row and one row per customer</source>
        <translation>%1 为空；应包含一个标题行，且每位客户一行</translation>
    </message>
    <message>
        <source>%1: the header must name the columns x (or frequency), t_x (or recency) and T (or age); found: %2</source>
        <translation>%1：标题行必须包含 x（或 frequency）、t_x（或 recency）和 T（或 age）列；实际为：%2</translation>
    </message>
    <message>
        <source>%1, row %2: expected %3 fields, found %4</source>
        <translation>%1，第 %2 行：应有 %3 个字段，实际为 %4 个</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: &apos;%4&apos; is not a number</source>
        <translation>%1，第 %2 行，第 %3 列：“%4”不是数字</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: %4</source>
        <translation>%1，第 %2 行，第 %3 列：%4</translation>
    </message>
    <message>
        <source>the number of repeat purchases must be a whole number, 0 or more</source>
        <translation>重复购买次数必须是大于或等于 0 的整数</translation>
    </message>
    <message>
        <source>the customer&apos;s age must be positive</source>
        <translation>客户存续时长必须为正数</translation>
    </message>
    <message>
        <source>the recency cannot be negative</source>
        <translation>最近购买时间不能为负数</translation>
    </message>
    <message>
        <source>the recency %1 is later than the customer&apos;s age %2</source>
        <translation>最近购买时间 %1 晚于客户存续时长 %2</translation>
    </message>
    <message>
        <source>the mean purchase value cannot be negative</source>
        <translation>平均购买金额不能为负数</translation>
    </message>
    <message>
        <source>%1 has a header but no customers</source>
        <translation>%1 只有标题行，没有客户数据</translation>
    </message>
</context>
<context>
    <name>CustomerValidator</name>
    <message>
        <source>The customer code is required.</source>
        <translation>客户编号为必填项。</translation>
    </message>
    <message>
        <source>The customer code is longer than %1 characters.</source>
        <translation>客户编号超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The customer code starts or ends with spaces.</source>
        <translation>客户编号的开头或结尾有空格。</translation>
    </message>
    <message>
        <source>The customer name is required.</source>
        <translation>客户名称为必填项。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>“%1”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>The contact limit cannot be negative.</source>
        <translation>联系次数上限不能为负数。</translation>
    </message>
    <message>
        <source>The date the customer was created is required.</source>
        <translation>客户创建日期为必填项。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database.</source>
        <translation>%1 是文件夹，不是数据库。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Clientele database (it is not an SQLite file).</source>
        <translation>%1 不是 Clientele 数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is truncated.</source>
        <translation>%1 已损坏：文件被截断。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation>%1 已损坏，无法读取（%2）。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Clientele database.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 Clientele 数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Clientele (data format %2; this version reads up to %3). Please update Clientele. The file was not changed.</source>
        <translation>%1 由更新版本的 Clientele 写入（数据格式 %2；当前版本最高支持 %3）。请更新 Clientele。文件未被修改。</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2).</source>
        <translation>%1 已损坏（完整性检查：%2）。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在；请选择新的文件名。</translation>
    </message>
</context>
<context>
    <name>EffectMeasurement</name>
    <message>
        <source>%1: %2 with the item, %3 in the control group (%4)</source>
        <translation>%1:执行对象 %2,对照组 %3(%4)</translation>
    </message>
    <message>
        <source>%1: not enough to tell (%2 and %3 customers; at least %4 in each group are needed).</source>
        <translation>%1:数据不足,无法判断(两组分别有 %2 和 %3 位客户;每组至少需要 %4 位)。</translation>
    </message>
    <message>
        <source>%1: no clear effect; the difference is %2 times its noise (likely an effect from %3 times).</source>
        <translation>%1:无明显效果;差异为噪声的 %2 倍(达到 %3 倍才视为可能有效果)。</translation>
    </message>
    <message>
        <source>%1: no difference.</source>
        <translation>%1:无差异。</translation>
    </message>
    <message>
        <source>%1: likely an effect; the difference is %2 times its noise.</source>
        <translation>%1:可能有效果;差异为噪声的 %2 倍。</translation>
    </message>
    <message>
        <source>%1: likely an effect; every customer of each group had the same value.</source>
        <translation>%1:可能有效果;每组内所有客户的数值都相同。</translation>
    </message>
    <message>
        <source>Repurchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Amount per customer</source>
        <translation>人均消费金额</translation>
    </message>
    <message>
        <source>snapshot %1 (%2)</source>
        <translation>快照 %1(%2)</translation>
    </message>
    <message>
        <source>analysis as of %1</source>
        <translation>截至 %1 的分析</translation>
    </message>
    <message>
        <source>There is no execution item %1.</source>
        <translation>不存在执行项 %1。</translation>
    </message>
    <message>
        <source>The item is not marked done; its window is measured with the data there is.</source>
        <translation>该执行项尚未标记为完成;按现有数据测量其执行期。</translation>
    </message>
    <message>
        <source>No tiers as of %1 (no snapshot of that day): no control group could be matched.</source>
        <translation>%1 没有分层结果(当天没有快照):无法匹配对照组。</translation>
    </message>
    <message numerus="yes">
        <source>%n target customer(s) had no control customer (none left of their tier, or no tier at the start) and are left out.</source>
        <translation>
            <numerusform>%n 位目标客户没有对照客户(同层已无可用客户,或开始时没有分层),未纳入比较。</numerusform>
        </translation>
    </message>
    <message>
        <source>The item has no target customers.</source>
        <translation>该执行项没有目标客户。</translation>
    </message>
</context>
<context>
    <name>GammaGammaModel</name>
    <message>
        <source>no repeat buyers with a positive mean spend to fit on</source>
        <translation>没有平均消费金额为正的重复购买客户，无法拟合</translation>
    </message>
    <message numerus="yes">
        <source>%n repeat buyer(s) with zero mean spend left out of the spend model</source>
        <translation>
            <numerusform>%n 位平均消费金额为零的重复购买客户未纳入消费模型</numerusform>
        </translation>
    </message>
    <message>
        <source>only %1 repeat buyers with spend; the spend model needs at least %2</source>
        <translation>仅有 %1 位有消费金额的重复购买客户；消费模型至少需要 %2 位</translation>
    </message>
    <message>
        <source>spend and purchase frequency are correlated (r = %1); the Gamma-Gamma model assumes they are independent</source>
        <translation>消费金额与购买频率相关（r = %1）；Gamma-Gamma 模型假设二者相互独立</translation>
    </message>
</context>
<context>
    <name>GoalMeasurer</name>
    <message>
        <source>Tiers and stages from the snapshot of %1.</source>
        <translation>分层与阶段取自%1的快照。</translation>
    </message>
    <message>
        <source>Tiers and stages from an analysis as of %1.</source>
        <translation>分层与阶段取自截至%1的分析。</translation>
    </message>
    <message>
        <source>No snapshot of %1 made with the tier model “%2”.</source>
        <translation>没有用分层模型“%2”生成的%1快照。</translation>
    </message>
    <message>
        <source>“%1” is not a KPI of the catalogue.</source>
        <translation>“%1”不是指标目录中的KPI。</translation>
    </message>
    <message>
        <source>The plan&apos;s period “%1” is not a year, quarter or month.</source>
        <translation>计划周期“%1”不是年、季度或月。</translation>
    </message>
</context>
<context>
    <name>GoalProgress</name>
    <message>
        <source>On track</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>未测量</translation>
    </message>
</context>
<context>
    <name>ImportFileInspection</name>
    <message>
        <source>CSV / text</source>
        <translation>CSV / 文本</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <source>Excel 97-2003 workbook (XLS)</source>
        <translation>Excel 97-2003 工作簿（XLS）</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has no rows.</source>
        <translation>%1：工作表 %2 没有任何行。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>ImportSchema</name>
    <message>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>调查回复</translation>
    </message>
    <message>
        <source>Customer summaries (recency, frequency, amount)</source>
        <translation>客户汇总（最近消费时间、消费频率、消费金额）</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Kind (ToC/ToB)</source>
        <translation>类型（ToC/ToB）</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>同意接收营销</translation>
    </message>
    <message>
        <source>Contacts per month (limit)</source>
        <translation>每月联系次数（上限）</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>客户创建日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Line number</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <source>Amount (line total)</source>
        <translation>金额（行合计）</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>产品编号</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer region</source>
        <translation>客户地区</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>NPS score (0–10)</source>
        <translation>NPS 评分（0–10）</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>满意度（1–5）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Days since last purchase (R)</source>
        <translation>距上次消费天数（R）</translation>
    </message>
    <message>
        <source>Purchases per year (F)</source>
        <translation>每年消费次数（F）</translation>
    </message>
    <message>
        <source>Amount per year (M)</source>
        <translation>每年消费金额（M）</translation>
    </message>
</context>
<context>
    <name>ImportStore</name>
    <message>
        <source>Unknown customer field %1</source>
        <translation>未知的客户字段 %1</translation>
    </message>
    <message>
        <source>There is no import number %1.</source>
        <translation>不存在编号为 %1 的导入。</translation>
    </message>
    <message>
        <source>The import of %1 was already rolled back on %2.</source>
        <translation>%1 的导入已于 %2 回滚。</translation>
    </message>
    <message>
        <source>Unknown table %1</source>
        <translation>未知的数据表 %1</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1 has no sheet number %2.</source>
        <translation>%1 没有第 %2 个工作表。</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has no rows.</source>
        <translation>%1：工作表 %2 没有任何行。</translation>
    </message>
    <message>
        <source>Amount or Unit price</source>
        <translation>金额或单价</translation>
    </message>
    <message>
        <source>%1: no column is mapped to %2. The header row %3 has: %4.</source>
        <translation>%1：没有列映射到“%2”。标题行 %3 包含：%4。</translation>
    </message>
    <message>
        <source>Column %1 mixes day/month (%2 values) and month/day (%3 values) dates; read as %4, the others are rejected.</source>
        <translation>列 %1 混用了日/月（%2 个值）和月/日（%3 个值）格式的日期；已按 %4 读取，其余值被拒绝。</translation>
    </message>
    <message>
        <source>%1: the dates in column %2 could be day/month or month/day (no day is above 12; row %3 has &quot;%4&quot;). Choose the date order.</source>
        <translation>%1：列 %2 中的日期可能是日/月，也可能是月/日（没有大于 12 的日；第 %3 行为“%4”）。请选择日期顺序。</translation>
    </message>
    <message>
        <source>Column %1 mixes decimal commas (%2 values) and decimal points (%3 values); read with a decimal %4, the others are rejected.</source>
        <translation>列 %1 混用了小数逗号（%2 个值）和小数点（%3 个值）；已按%4作为小数符号读取，其余值被拒绝。</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>point</source>
        <translation>小数点</translation>
    </message>
    <message>
        <source>the cell holds an error (%1)</source>
        <translation>单元格包含错误（%1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a number, not a date</source>
        <translation>“%1”是数字，不是日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>several customers have the code %1</source>
        <translation>有多位客户的编号为 %1</translation>
    </message>
    <message>
        <source>there is no customer with the code %1</source>
        <translation>没有编号为 %1 的客户</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither ToC nor ToB</source>
        <translation>“%1”既不是 ToC 也不是 ToB</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>“%1”不是“是”或“否”</translation>
    </message>
    <message>
        <source>%1 existing customers match %2; resolve the duplicates first</source>
        <translation>有 %1 位现有客户与 %2 匹配；请先处理重复客户</translation>
    </message>
    <message>
        <source>the code %1 belongs to another customer</source>
        <translation>编号 %1 属于另一位客户</translation>
    </message>
    <message>
        <source>the order date is empty</source>
        <translation>订单日期为空</translation>
    </message>
    <message>
        <source>the order number is empty</source>
        <translation>订单号为空</translation>
    </message>
    <message>
        <source>without an order number column, every row needs a customer code</source>
        <translation>没有订单号列时，每一行都需要客户编号</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>金额为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known order status</source>
        <translation>“%1”不是已知的订单状态</translation>
    </message>
    <message>
        <source>order %1 line %2 is already stored</source>
        <translation>订单 %1 的第 %2 行已存在</translation>
    </message>
    <message>
        <source>the customer code is empty</source>
        <translation>客户编号为空</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>日期为空</translation>
    </message>
    <message>
        <source>the channel is empty</source>
        <translation>渠道为空</translation>
    </message>
    <message>
        <source>an NPS score runs from 0 to 10</source>
        <translation>NPS 评分范围为 0 到 10</translation>
    </message>
    <message>
        <source>satisfaction runs from 1 to 5</source>
        <translation>满意度范围为 1 到 5</translation>
    </message>
    <message>
        <source>days since the last purchase must be 0 or more</source>
        <translation>距上次消费天数必须大于或等于 0</translation>
    </message>
    <message>
        <source>purchases per year must be 0 or more</source>
        <translation>每年消费次数必须大于或等于 0</translation>
    </message>
    <message>
        <source>the amount per year is empty</source>
        <translation>每年消费金额为空</translation>
    </message>
    <message>
        <source>%1 values in column %2 are in scientific notation (like 1.2E+5): the spreadsheet has already turned ids into numbers and may have lost digits.</source>
        <translation>列 %2 中有 %1 个值为科学计数法（如 1.2E+5）：电子表格已将编号转换为数字，可能已丢失位数。</translation>
    </message>
    <message>
        <source>%1 values in column %2 were Excel day numbers without a date format; read as dates.</source>
        <translation>列 %2 中有 %1 个值是未设置日期格式的 Excel 日期序号；已按日期读取。</translation>
    </message>
    <message>
        <source>%1 rows have no customer code; they are kept as orders without a customer.</source>
        <translation>有 %1 行没有客户编号；这些行将作为无客户的订单保留。</translation>
    </message>
</context>
<context>
    <name>InteractionChannels</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
</context>
<context>
    <name>KpiCalculator</name>
    <message>
        <source>No snapshot of %1 (run &apos;snapshot --period %1&apos; to keep one).</source>
        <translation>没有 %1 的快照（运行“snapshot --period %1”可保存一份）。</translation>
    </message>
</context>
<context>
    <name>KpiCatalog</name>
    <message>
        <source>Completed orders dated in the period.</source>
        <translation>日期在本期内的已完成订单。</translation>
    </message>
    <message>
        <source>The previous period (same length, just before) and this period.</source>
        <translation>上一期（长度相同、紧邻其前）和本期。</translation>
    </message>
    <message>
        <source>The customer base at the period end: customers created on or before the period end, or with an order by then.</source>
        <translation>期末的客户基数：在期末或之前建档、或到期末已有订单的客户。</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>活跃客户数</translation>
    </message>
    <message>
        <source>Number of customers with at least one completed order in the period.</source>
        <translation>本期内至少有一笔已完成订单的客户数。</translation>
    </message>
    <message>
        <source>All customers.</source>
        <translation>全部客户。</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户数</translation>
    </message>
    <message>
        <source>Number of customers whose first completed order ever is dated in the period.</source>
        <translation>首笔已完成订单日期在本期内的客户数。</translation>
    </message>
    <message>
        <source>First orders dated in the period; earlier orders are looked at to find the first one.</source>
        <translation>日期在本期内的首单；为确定首单会查看更早的订单。</translation>
    </message>
    <message>
        <source>Repurchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Customers with 2 or more distinct completed orders in the period ÷ customers with at least 1 completed order in the period × 100.</source>
        <translation>本期内有 2 笔或以上不同已完成订单的客户数 ÷ 本期内至少有 1 笔已完成订单的客户数 × 100。</translation>
    </message>
    <message>
        <source>Customers active in the period.</source>
        <translation>本期活跃客户。</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Customers with a completed order in the previous period and none in this period ÷ customers with a completed order in the previous period × 100.</source>
        <translation>上一期有已完成订单而本期没有的客户数 ÷ 上一期有已完成订单的客户数 × 100。</translation>
    </message>
    <message>
        <source>Customers active in the previous period.</source>
        <translation>上一期活跃客户。</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Customers with a completed order in the previous period and at least one in this period ÷ customers with a completed order in the previous period × 100 (= 100 − churn rate).</source>
        <translation>上一期有已完成订单且本期至少也有一笔的客户数 ÷ 上一期有已完成订单的客户数 × 100（= 100 − 流失率）。</translation>
    </message>
    <message>
        <source>Net promoter score (NPS)</source>
        <translation>净推荐值（NPS）</translation>
    </message>
    <message>
        <source>Promoters (score 9–10) ÷ respondents × 100 − detractors (score 0–6) ÷ respondents × 100, in points from −100 to 100. Each customer counts once, with the latest score in the period.</source>
        <translation>推荐者（9–10 分）÷ 答卷客户数 × 100 − 贬损者（0–6 分）÷ 答卷客户数 × 100，取值 −100 到 100 分。每位客户只计一次，取其本期内最新的评分。</translation>
    </message>
    <message>
        <source>Customers who gave an NPS score (0–10) in a survey answered in the period.</source>
        <translation>在本期内作答的调查中给出 NPS 评分（0–10）的客户。</translation>
    </message>
    <message>
        <source>Survey answers dated in the period.</source>
        <translation>日期在本期内的调查答卷。</translation>
    </message>
    <message>
        <source>Historical lifetime value</source>
        <translation>历史客户生命周期价值</translation>
    </message>
    <message>
        <source>Net amount of all the population&apos;s orders up to the period end (completed orders minus cancellations and returns) ÷ number of customers in the population.</source>
        <translation>统计对象截至期末全部订单的净额（已完成订单减去取消和退货）÷ 统计对象的客户数。</translation>
    </message>
    <message>
        <source>Customers with at least one completed order on or before the period end.</source>
        <translation>在期末或之前至少有一笔已完成订单的客户。</translation>
    </message>
    <message>
        <source>Everything on record up to the period end.</source>
        <translation>截至期末的全部记录。</translation>
    </message>
    <message>
        <source>Predicted lifetime value</source>
        <translation>预测客户生命周期价值</translation>
    </message>
    <message>
        <source>Customers with at least one completed order on or before the period end and a predicted value.</source>
        <translation>在期末或之前至少有一笔已完成订单且有预测值的客户。</translation>
    </message>
    <message>
        <source>Data up to the period end: the period&apos;s snapshot, or an analysis run as of the period end.</source>
        <translation>截至期末的数据：本期快照，或以期末为分析日期运行的分析。</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Amount of the completed orders dated in the period ÷ number of those orders (cancellations and returns are left out of both).</source>
        <translation>日期在本期内的已完成订单金额 ÷ 这些订单的笔数（取消和退货在两者中都不计入）。</translation>
    </message>
    <message>
        <source>Interaction rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>Customers with at least one recorded interaction dated in the period ÷ customers in the base × 100.</source>
        <translation>本期内至少有一条互动记录的客户数 ÷ 客户基数 × 100。</translation>
    </message>
    <message>
        <source>Interactions dated in the period.</source>
        <translation>日期在本期内的互动。</translation>
    </message>
    <message>
        <source>Tag completeness</source>
        <translation>标签完整率</translation>
    </message>
    <message>
        <source>Customers carrying at least %1 static tags (seed 000&apos;s static dimensions: gender, age, region, spending power) ÷ customers in the base × 100.</source>
        <translation>至少带有 %1 个静态标签的客户数（种子 000 的静态维度：性别、年龄、地区、消费能力）÷ 客户基数 × 100。</translation>
    </message>
    <message>
        <source>Tags as they are now (the tag history is not kept); the base as at the period end.</source>
        <translation>标签取当前状态（不保存标签历史）；客户基数取期末。</translation>
    </message>
    <message>
        <source>Customer acquisition cost (CAC)</source>
        <translation>获客成本（CAC）</translation>
    </message>
    <message>
        <source>Marketing spend entered for the period ÷ new customers of the period. Not available when no spend is entered for the period, or per tier (spend is entered for the whole base).</source>
        <translation>本期录入的营销费用 ÷ 本期新客户数。本期未录入费用时不可用，按层级时也不可用（费用针对全部客户录入）。</translation>
    </message>
    <message>
        <source>New customers of the period.</source>
        <translation>本期新客户。</translation>
    </message>
    <message>
        <source>The spend entered under the period&apos;s code (for example 2011Q3) and the period&apos;s first orders.</source>
        <translation>按期间代码（例如 2011Q3）录入的费用，以及本期的首单。</translation>
    </message>
    <message>
        <source>%1-day activation rate</source>
        <translation>%1 日激活率</translation>
    </message>
    <message>
        <source>New customers of the period who, from the day of their first order up to %1 days after it, placed a second distinct completed order or had a recorded interaction ÷ new customers of the period × 100. The window may run past the period end.</source>
        <translation>本期新客户中，自首单当天起至其后 %1 天内下了第二笔不同的已完成订单或有互动记录的客户数 ÷ 本期新客户数 × 100。该时间窗可以超出期末。</translation>
    </message>
    <message>
        <source>First orders dated in the period, plus the %1 days after each.</source>
        <translation>日期在本期内的首单，以及每笔首单之后的 %1 天。</translation>
    </message>
    <message>
        <source>Dormant wake-up rate</source>
        <translation>沉睡唤醒率</translation>
    </message>
    <message>
        <source>Dormant customers at the period start who placed a completed order in the period ÷ dormant customers at the period start × 100.</source>
        <translation>期初沉睡且本期有已完成订单的客户数 ÷ 期初沉睡客户数 × 100。</translation>
    </message>
    <message>
        <source>Customers whose last completed order before the period start is %1 to %2 days before it.</source>
        <translation>期初前最后一笔已完成订单距期初 %1 至 %2 天的客户。</translation>
    </message>
    <message>
        <source>Orders before the period start (to find the dormant) and orders dated in the period.</source>
        <translation>期初之前的订单（用于找出沉睡客户）和日期在本期内的订单。</translation>
    </message>
    <message>
        <source>Win-back rate</source>
        <translation>挽回率</translation>
    </message>
    <message>
        <source>Lapsed customers at the period start who placed a completed order in the period ÷ lapsed customers at the period start × 100.</source>
        <translation>期初已流失且本期有已完成订单的客户数 ÷ 期初已流失客户数 × 100。</translation>
    </message>
    <message>
        <source>Customers whose last completed order before the period start is %1 days or more before it.</source>
        <translation>期初前最后一笔已完成订单距期初 %1 天或以上的客户。</translation>
    </message>
    <message>
        <source>Orders before the period start (to find the lapsed) and orders dated in the period.</source>
        <translation>期初之前的订单（用于找出已流失客户）和日期在本期内的订单。</translation>
    </message>
    <message>
        <source>Period: a calendar month (2011-07), quarter (2011Q3) or year (2011), first to last day inclusive. The previous period is the one of the same kind just before it.</source>
        <translation>期间：一个自然月（2011-07）、季度（2011Q3）或年度（2011），含首尾两天。上一期是紧邻其前的同类期间。</translation>
    </message>
    <message>
        <source>Completed order: a distinct order number of the customer with at least one completed line, dated by its earliest completed line. Cancelled and returned lines never count as a purchase; they only lower net amounts. Lines without a customer are left out.</source>
        <translation>已完成订单：客户的一个不同订单号，至少有一行已完成，日期取其最早的已完成行。取消和退货行从不算作购买，只会减少净额。没有客户的订单行不计入。</translation>
    </message>
    <message>
        <source>Per tier: every population is narrowed to the customers of the tier, each period with its own tiers (the period&apos;s snapshot when one exists, else an analysis run as of the period end).</source>
        <translation>按层级：每个统计对象都限定为该层级的客户，每期使用各自的层级（有本期快照时用快照，否则用以期末为分析日期的分析）。</translation>
    </message>
    <message>
        <source>Change: this period&apos;s value minus the previous period&apos;s (percentage points for rates).</source>
        <translation>变化：本期值减去上一期值（比率以百分点计）。</translation>
    </message>
    <message>
        <source># KPI definitions</source>
        <translation># KPI 定义</translation>
    </message>
    <message>
        <source>Every KPI Clientele shows has one written definition: this page, `clientele-cli kpi` and the application show the same text. This page is generated by `clientele-cli kpi --definitions` from the catalog in the code (a unit test checks that they are identical).</source>
        <translation>Clientele 显示的每个 KPI 都有唯一的书面定义：本页、`clientele-cli kpi` 和应用程序显示相同的文字。本页由 `clientele-cli kpi --definitions` 从代码中的目录生成（单元测试检查两者一致）。</translation>
    </message>
    <message>
        <source>## Terms</source>
        <translation>## 术语</translation>
    </message>
    <message>
        <source>## Overview</source>
        <translation>## 概览</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>better when</source>
        <translation>越好的方向</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>公式：</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>统计对象：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Mean predicted customer lifetime value (BG/NBD purchases × Gamma-Gamma spend, discounted) as of the period end, over the analysis horizon (12 months at 1% a month unless set otherwise).</source>
        <translation>截至期末的预测客户生命周期价值平均值（BG/NBD 购买次数 × Gamma-Gamma 消费金额，折现），按分析期限计算（未另行设置时为 12 个月、月折现率 1%）。</translation>
    </message>
    <message>
        <source>Dormant and lapsed: a fixed silence (days from the last completed order to the period start), the same for every customer, so that any past period can be measured the same way. The lifecycle stages of the analysis use each customer&apos;s own rhythm instead.</source>
        <translation>沉睡与流失：按固定的沉默天数（从最后一笔已完成订单到期初的天数）判断，对每位客户相同，使任何过去的期间都能用同样的方法衡量。分析中的生命周期阶段则按每位客户自己的购买节奏判断。</translation>
    </message>
</context>
<context>
    <name>KpiDefinition</name>
    <message>
        <source>customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>points (−100 to 100)</source>
        <translation>分（−100 到 100）</translation>
    </message>
    <message>
        <source>amount in minor units (fen, cents)</source>
        <translation>金额，以最小货币单位计（分）</translation>
    </message>
</context>
<context>
    <name>KpiMeasurer</name>
    <message>
        <source>No customer bought in %1.</source>
        <translation>%1 没有客户购买。</translation>
    </message>
    <message>
        <source>No customers in the base at the end of %1.</source>
        <translation>%1 期末客户基数为零。</translation>
    </message>
    <message>
        <source>No customer bought in the period before %1.</source>
        <translation>%1 的上一期没有客户购买。</translation>
    </message>
    <message>
        <source>No NPS answers in %1.</source>
        <translation>%1 没有 NPS 答卷。</translation>
    </message>
    <message>
        <source>No customer had bought by the end of %1.</source>
        <translation>到 %1 期末还没有客户购买过。</translation>
    </message>
    <message>
        <source>No snapshot of %1 and no analysis run as of its end.</source>
        <translation>没有 %1 的快照，也没有以其期末为分析日期运行分析。</translation>
    </message>
    <message>
        <source>The analysis of %1 predicted no lifetime values.</source>
        <translation>%1 的分析没有给出生命周期价值预测。</translation>
    </message>
    <message>
        <source>No completed orders in %1.</source>
        <translation>%1 没有已完成订单。</translation>
    </message>
    <message>
        <source>Marketing spend is entered for the whole customer base, not per tier.</source>
        <translation>营销费用针对全部客户录入，不按层级录入。</translation>
    </message>
    <message>
        <source>No marketing spend entered for %1.</source>
        <translation>%1 未录入营销费用。</translation>
    </message>
    <message>
        <source>No new customers in %1.</source>
        <translation>%1 没有新客户。</translation>
    </message>
    <message>
        <source>No dormant customers at the start of %1.</source>
        <translation>%1 期初没有沉睡客户。</translation>
    </message>
    <message>
        <source>No lapsed customers at the start of %1.</source>
        <translation>%1 期初没有已流失客户。</translation>
    </message>
</context>
<context>
    <name>LifecycleClassifier</name>
    <message>
        <source>From the imported summary row: last purchase %1 days ago, %2 purchases a year.</source>
        <translation>来自导入的汇总行：最近一次购买在 %1 天前，每年购买 %2 次。</translation>
    </message>
    <message>
        <source>Silent for more than %1 days.</source>
        <translation>超过 %1 天没有购买。</translation>
    </message>
    <message>
        <source>%1 days (the minimum)</source>
        <translation>%1 天（最低值）</translation>
    </message>
    <message>
        <source>%1 days (%2 × the typical gap of %3 days)</source>
        <translation>%1 天（通常间隔 %3 天的 %2 倍）</translation>
    </message>
    <message>
        <source>No purchase yet.</source>
        <translation>尚未购买。</translation>
    </message>
    <message>
        <source>First and only purchase %1 days ago (new for %2 days after the first purchase).</source>
        <translation>首次且唯一一次购买在 %1 天前（首次购买后 %2 天内为新客户）。</translation>
    </message>
    <message>
        <source>Last purchase %1 days ago, within %2.</source>
        <translation>最近一次购买在 %1 天前，未超过 %2。</translation>
    </message>
    <message>
        <source>%1 purchase days over %2 days (mature from %3 purchase days over %4 days); last purchase %5 days ago.</source>
        <translation>%2 天内有 %1 个购买日（%4 天内达到 %3 个购买日即为成熟客户）；最近一次购买在 %5 天前。</translation>
    </message>
    <message>
        <source>No purchase for %1 days, longer than %2.</source>
        <translation>已 %1 天没有购买，超过 %2。</translation>
    </message>
    <message>
        <source>Bought again on %1 after having churned (won back for %2 days).</source>
        <translation>流失后于 %1 再次购买（已召回状态保持 %2 天）。</translation>
    </message>
</context>
<context>
    <name>MarketingSpendStore</name>
    <message>
        <source>Marketing spend needs a period.</source>
        <translation>营销费用需要指定期间。</translation>
    </message>
    <message>
        <source>Marketing spend for %1 cannot be negative (%2).</source>
        <translation>%1 的营销费用不能为负数（%2）。</translation>
    </message>
</context>
<context>
    <name>MaximumLikelihoodFitter</name>
    <message>
        <source>converged</source>
        <translation>已收敛</translation>
    </message>
    <message>
        <source>no convergence within %1 iterations</source>
        <translation>%1 次迭代内未收敛</translation>
    </message>
    <message>
        <source>the line search could not improve the likelihood</source>
        <translation>线搜索无法提高似然值</translation>
    </message>
    <message>
        <source>the likelihood is not finite at the starting point</source>
        <translation>初始点处的似然值不是有限值</translation>
    </message>
    <message>
        <source>the parameters ran off towards zero or infinity</source>
        <translation>参数趋向于零或无穷大</translation>
    </message>
    <message>
        <source>the data do not determine the parameters (the likelihood is flat at the optimum)</source>
        <translation>数据无法确定参数（似然函数在最优点处是平坦的）</translation>
    </message>
</context>
<context>
    <name>NextBestActionFinder</name>
    <message>
        <source>No snapshot up to %1: rising risk and high-value cadence are not checked.</source>
        <translation>截至 %1 没有快照:未检查风险上升和高价值客户的联系周期。</translation>
    </message>
    <message>
        <source>Only one snapshot date (%1): rising risk needs two snapshots to compare.</source>
        <translation>只有一个快照日期(%1):风险上升需要两个快照对比。</translation>
    </message>
    <message>
        <source>Churn risk rose from %1 to %2 (%3 → %4).</source>
        <translation>流失风险从%1升至%2(%3 → %4)。</translation>
    </message>
    <message>
        <source>%1 customer never contacted (cadence: every %2 days).</source>
        <translation>%1,从未联系(周期:每 %2 天)。</translation>
    </message>
    <message>
        <source>%1 customer, last contact %2 days ago (cadence: every %3 days).</source>
        <translation>%1,上次联系在 %2 天前(周期:每 %3 天)。</translation>
    </message>
    <message>
        <source>First order on %1, day %2 of the %3-day activation window; no second order or contact yet.</source>
        <translation>首单于 %1,处于 %3 天激活期的第 %2 天;尚无第二单或联系。</translation>
    </message>
    <message>
        <source>No order for %1 days (dormant from %2, lapsed from %3 days).</source>
        <translation>已 %1 天未下单(%2 天起为沉睡,%3 天起为流失)。</translation>
    </message>
    <message>
        <source>Contact limit reached: %1 of %2 contacts this month.</source>
        <translation>已达联系频次上限:本月已联系 %1 次,上限 %2 次。</translation>
    </message>
    <message>
        <source>No marketing consent: only service contacts are allowed.</source>
        <translation>未同意营销联系:仅允许服务类联系。</translation>
    </message>
    <message>
        <source>latest analysis</source>
        <translation>最新分析</translation>
    </message>
</context>
<context>
    <name>PdfUnicodeMapRepair</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>Plan %1 does not exist.</source>
        <translation>计划%1不存在。</translation>
    </message>
    <message>
        <source>Plan: plan %1 does not exist.</source>
        <translation>计划：计划%1不存在。</translation>
    </message>
    <message>
        <source>Goal %1 does not exist.</source>
        <translation>目标%1不存在。</translation>
    </message>
    <message>
        <source>Execution item %1 does not exist.</source>
        <translation>执行项%1不存在。</translation>
    </message>
    <message>
        <source>Control share: %1% is not between 0% and 100% (exclusive).</source>
        <translation>对照组比例：%1%不在0%到100%之间（不含两端）。</translation>
    </message>
    <message>
        <source>Customers: customer %1 does not exist.</source>
        <translation>客户：客户%1不存在。</translation>
    </message>
    <message>
        <source>Item: execution item %1 does not exist.</source>
        <translation>执行项：执行项%1不存在。</translation>
    </message>
    <message>
        <source>Progress note %1 does not exist.</source>
        <translation>进展记录%1不存在。</translation>
    </message>
    <message>
        <source>Customers: a hand-picked item has no tier or stage to take customers from.</source>
        <translation>客户：手选客户的执行项没有可取客户的分层或生命周期阶段。</translation>
    </message>
</context>
<context>
    <name>PlanningCodes</name>
    <message>
        <source>Tier</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Online group</source>
        <translation>线上客户群体</translation>
    </message>
    <message>
        <source>Any customers</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>Sales team</source>
        <translation>销售团队</translation>
    </message>
    <message>
        <source>Service team</source>
        <translation>客服团队</translation>
    </message>
    <message>
        <source>Marketing team</source>
        <translation>市场团队</translation>
    </message>
    <message>
        <source>Data team</source>
        <translation>数据团队</translation>
    </message>
    <message>
        <source>Short term (3 months)</source>
        <translation>短期（3个月）</translation>
    </message>
    <message>
        <source>Mid term (6 months)</source>
        <translation>中期（6个月）</translation>
    </message>
    <message>
        <source>Long term (1 year)</source>
        <translation>长期（1年）</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Hand-picked customers</source>
        <translation>手选客户</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标客户</translation>
    </message>
    <message>
        <source>Control (held out)</source>
        <translation>对照组（不触达）</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>观察中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Acquire</source>
        <translation>获客</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Grow</source>
        <translation>成长</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>成熟</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>挽留</translation>
    </message>
    <message>
        <source>Win back</source>
        <translation>召回</translation>
    </message>
</context>
<context>
    <name>PlanningFormat</name>
    <message>
        <source>Hand-picked customers</source>
        <translation>手选客户</translation>
    </message>
    <message>
        <source>Four ToC tiers (seed4)</source>
        <translation>四类ToC分层(seed4)</translation>
    </message>
    <message>
        <source>Four ToB tiers (tob4)</source>
        <translation>四类ToB分层(tob4)</translation>
    </message>
    <message>
        <source>Eleven RFM segments (rfm11)</source>
        <translation>十一类RFM分群(rfm11)</translation>
    </message>
</context>
<context>
    <name>PlanningValidator</name>
    <message>
        <source>Name: a playbook needs a name.</source>
        <translation>名称：策略模板需要名称。</translation>
    </message>
    <message>
        <source>Tier model: a tier playbook needs the tier model of its tier.</source>
        <translation>分层模型：分层策略模板需要指定其分层所属的分层模型。</translation>
    </message>
    <message>
        <source>Target group: choose the tier the playbook is for.</source>
        <translation>目标群体：请选择策略模板适用的客户分层。</translation>
    </message>
    <message>
        <source>Target group: “%1” is not a lifecycle stage (acquire, activate, grow, mature, retain, win_back).</source>
        <translation>目标群体：“%1”不是生命周期阶段（acquire、activate、grow、mature、retain、win_back）。</translation>
    </message>
    <message>
        <source>Target group: “%1” is not an online group (new, active, dormant, churned).</source>
        <translation>目标群体：“%1”不是线上客户群体（new、active、dormant、churned）。</translation>
    </message>
    <message>
        <source>KPI: “%1” is not a KPI of the catalogue.</source>
        <translation>KPI：“%1”不是指标目录中的KPI。</translation>
    </message>
    <message>
        <source>Name: a plan needs a name.</source>
        <translation>名称：计划需要名称。</translation>
    </message>
    <message>
        <source>Period: “%1” is not a year (2024), a quarter (2024Q2) or a month (2024-05).</source>
        <translation>周期：“%1”不是年（2024）、季度（2024Q2）或月（2024-05）。</translation>
    </message>
    <message>
        <source>Tier model: a plan needs the tier model its tiers refer to.</source>
        <translation>分层模型：计划需要指定其分层所用的分层模型。</translation>
    </message>
    <message>
        <source>Metric: “%1” is not a KPI of the catalogue.</source>
        <translation>指标：“%1”不是指标目录中的KPI。</translation>
    </message>
    <message>
        <source>Plan: a goal belongs to a plan.</source>
        <translation>计划：目标必须属于一个计划。</translation>
    </message>
    <message>
        <source>Population: choose the tier the goal is measured on.</source>
        <translation>对象人群：请选择衡量目标所用的客户分层。</translation>
    </message>
    <message>
        <source>Population: “%1” is not a lifecycle stage (prospect, new, active, mature, dormant, churned, won_back).</source>
        <translation>对象人群：“%1”不是生命周期阶段（prospect、new、active、mature、dormant、churned、won_back）。</translation>
    </message>
    <message>
        <source>Target: enter a number.</source>
        <translation>目标值：请输入数字。</translation>
    </message>
    <message>
        <source>Target: %1 is a percentage, between 0 and 100.</source>
        <translation>目标值：%1是百分比，应在0到100之间。</translation>
    </message>
    <message>
        <source>Target: %1 lies between −100 and 100.</source>
        <translation>目标值：%1应在−100到100之间。</translation>
    </message>
    <message>
        <source>Target: %1 cannot be negative.</source>
        <translation>目标值：%1不能为负数。</translation>
    </message>
    <message>
        <source>Target: the target equals the baseline (%1); a goal must move %2.</source>
        <translation>目标值：目标值等于基线（%1）；目标必须让%2有所变化。</translation>
    </message>
    <message>
        <source>Target: higher is better for %1, so the target must be above the baseline (%2).</source>
        <translation>目标值：%1越高越好，目标值必须高于基线（%2）。</translation>
    </message>
    <message>
        <source>Target: lower is better for %1, so the target must be below the baseline (%2).</source>
        <translation>目标值：%1越低越好，目标值必须低于基线（%2）。</translation>
    </message>
    <message>
        <source>Deadline: enter the date the target is due.</source>
        <translation>截止日期：请输入目标的截止日期。</translation>
    </message>
    <message>
        <source>Deadline: %1 is not after the baseline date %2.</source>
        <translation>截止日期：%1不晚于基线日期%2。</translation>
    </message>
    <message>
        <source>Owner: a goal needs an owner.</source>
        <translation>责任人：目标需要责任人。</translation>
    </message>
    <message>
        <source>Plan: an execution item belongs to a plan.</source>
        <translation>计划：执行项必须属于一个计划。</translation>
    </message>
    <message>
        <source>Tier: choose the tier the item is for.</source>
        <translation>客户分层：请选择执行项针对的客户分层。</translation>
    </message>
    <message>
        <source>Lifecycle stage: “%1” is not a lifecycle stage.</source>
        <translation>生命周期阶段：“%1”不是生命周期阶段。</translation>
    </message>
    <message>
        <source>Strategy: an execution item needs a strategy name.</source>
        <translation>策略：执行项需要策略名称。</translation>
    </message>
    <message>
        <source>Owner: an execution item needs an owner.</source>
        <translation>责任人：执行项需要责任人。</translation>
    </message>
    <message>
        <source>Start: enter a start date.</source>
        <translation>开始时间：请输入开始日期。</translation>
    </message>
    <message>
        <source>End: enter an end date.</source>
        <translation>结束时间：请输入结束日期。</translation>
    </message>
    <message>
        <source>End: %1 is before the start %2.</source>
        <translation>结束时间：%1早于开始时间%2。</translation>
    </message>
    <message>
        <source>Budget: cannot be negative.</source>
        <translation>预算：不能为负数。</translation>
    </message>
    <message>
        <source>Control share: %1% is not between 0% and 100% (exclusive).</source>
        <translation>对照组比例：%1%不在0%到100%之间（不含两端）。</translation>
    </message>
    <message>
        <source>Item: a progress note belongs to an execution item.</source>
        <translation>执行项：进展记录必须属于一个执行项。</translation>
    </message>
    <message>
        <source>Note: the note is empty.</source>
        <translation>记录：内容为空。</translation>
    </message>
    <message>
        <source>Date: enter the day the review was held.</source>
        <translation>日期：请输入复盘召开的日期。</translation>
    </message>
    <message>
        <source>Findings: write the findings or the decisions of the review.</source>
        <translation>发现：请填写复盘的发现或决定。</translation>
    </message>
    <message>
        <source>Risk: name the risk.</source>
        <translation>风险：请填写风险名称。</translation>
    </message>
</context>
<context>
    <name>PlaybookCatalog</name>
    <message>
        <source>Deep binding for high-value customers</source>
        <translation>高价值客户深度绑定</translation>
    </message>
    <message>
        <source>Keep the core profit contributors close: deeper ties, upgraded perks, an emotional connection.</source>
        <translation>维护核心利润贡献者：深度绑定、权益升级、情感连接。</translation>
    </message>
    <message>
        <source>A dedicated account manager and one-to-one service
Regular visits: a deep talk each quarter, a light touch each month
Customised perks: early access to new products, limited gifts, exclusive discounts
Invitations to private brand events (product co-creation, industry salons)</source>
        <translation>专属客户经理一对一服务
定期回访：季度深度沟通+月度轻互动
定制化权益：新品优先体验、限量赠品、专属折扣
邀请参与品牌私享会（产品共创会、行业沙龙）</translation>
    </message>
    <message>
        <source>Quarterly deep visit, monthly light touch</source>
        <translation>季度深度沟通，月度轻互动</translation>
    </message>
    <message>
        <source>Perk budget, reserved stock of new products, CRM tags</source>
        <translation>权益预算、新品库存预留、CRM系统标签</translation>
    </message>
    <message>
        <source>Repurchase rate of high-value customers +15% in 3 months</source>
        <translation>3个月内高价值客户复购率提升15%</translation>
    </message>
    <message>
        <source>Cultivating potential customers</source>
        <translation>潜力客户培育转化</translation>
    </message>
    <message>
        <source>Turn potential customers into high-value ones: stir up demand, improve their experience.</source>
        <translation>推动潜力客户转化为高价值客户：激发需求、优化体验。</translation>
    </message>
    <message>
        <source>Personalised product recommendations from the purchase history (&quot;you may also like&quot;)
Repurchase incentives for new and returning customers (coupons, double points)
Free trials or experience services (product training, in-store experience vouchers)</source>
        <translation>基于历史购买数据推送个性化产品推荐（“猜你喜欢”）
开展新客/老客复购激励活动（满减券、积分翻倍）
提供免费试用或体验服务（产品功能培训、线下体验券）</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Coupon and points budget, recommendation content, trial stock</source>
        <translation>优惠券与积分预算、推荐内容、试用库存</translation>
    </message>
    <message>
        <source>10% of potential customers become high-value within 6 months</source>
        <translation>6个月内10%的潜力客户转化为高价值客户</translation>
    </message>
    <message>
        <source>Low-cost reach for low-value customers</source>
        <translation>低价值客户低成本触达</translation>
    </message>
    <message>
        <source>Reach them at low cost, wake their value up and pick out the promising ones.</source>
        <translation>低成本触达、价值唤醒、精准筛选有潜力的客户。</translation>
    </message>
    <message>
        <source>Standard content through automated tools (holiday greetings, product tips)
A &quot;dormant customer wake-up pack&quot; (a large coupon plus a time-limited event reminder)
Regular analysis of their behaviour to move promising customers into the cultivation pool</source>
        <translation>通过自动化工具推送标准化内容（节日祝福、产品科普资讯）
设置“沉睡客户唤醒礼包”（大额优惠券+限时活动提醒）
定期分析客户行为，筛选有潜力客户转入培育池</translation>
    </message>
    <message>
        <source>Automated monthly, screened quarterly</source>
        <translation>每月自动推送，每季度筛选</translation>
    </message>
    <message>
        <source>Automated marketing tools (email, SMS platform), wake-up coupons</source>
        <translation>自动化营销工具（EDM、短信平台）、唤醒优惠券</translation>
    </message>
    <message>
        <source>More dormant customers woken up at a lower cost per contact</source>
        <translation>以更低的单次触达成本唤醒更多沉睡客户</translation>
    </message>
    <message>
        <source>Urgent retention of churn-risk customers</source>
        <translation>流失风险客户紧急挽留</translation>
    </message>
    <message>
        <source>Retain them first: find the problem, solve it and win a second purchase.</source>
        <translation>优先挽留：找到问题、解决问题、促成二次购买。</translation>
    </message>
    <message>
        <source>The service team contacts the customer within 24 hours to learn why (product quality, service attitude, price)
Targeted compensation (refund, exchange, free service)
A &quot;welcome back&quot; gift that lowers the bar for the next purchase</source>
        <translation>客服团队24小时内主动联系，了解流失原因（产品质量、服务态度、价格问题）
针对性补偿方案（退款、换货、赠送服务）
推出“回归专属礼”，降低二次购买门槛</translation>
    </message>
    <message>
        <source>Within 24 hours of the warning, then weekly</source>
        <translation>预警后24小时内，之后每周</translation>
    </message>
    <message>
        <source>Retention budget, service call scripts</source>
        <translation>挽留专项预算、客服话术模板</translation>
    </message>
    <message>
        <source>Win-back rate of churn-risk customers at least 30%</source>
        <translation>流失风险客户挽回率≥30%</translation>
    </message>
    <message>
        <source>Strategic account partnership</source>
        <translation>战略客户伙伴关系</translation>
    </message>
    <message>
        <source>Secure and grow the accounts with the largest revenue, the longest relationship and the best fit.</source>
        <translation>稳固并发展营收贡献最大、合作周期最长、行业匹配度最高的客户。</translation>
    </message>
    <message>
        <source>A named account team led by a senior account manager
Quarterly business reviews with the customer&apos;s decision makers
A joint yearly plan, priority support and early access to new products</source>
        <translation>由资深客户经理带领的专属客户团队
与客户决策层的季度业务回顾
共同制定年度计划，优先支持，新品优先体验</translation>
    </message>
    <message>
        <source>Quarterly business review, monthly check-in</source>
        <translation>季度业务回顾，月度沟通</translation>
    </message>
    <message>
        <source>Senior account manager time, an executive sponsor, priority support</source>
        <translation>资深客户经理投入、高管支持、优先服务</translation>
    </message>
    <message>
        <source>Every strategic account renews; its revenue grows</source>
        <translation>战略客户全部续约，营收持续增长</translation>
    </message>
    <message>
        <source>Core account development</source>
        <translation>核心客户价值提升</translation>
    </message>
    <message>
        <source>Keep core accounts and raise their value through cross-selling and up-selling.</source>
        <translation>留住核心客户，并通过交叉销售和追加销售提升其价值。</translation>
    </message>
    <message>
        <source>A dedicated account manager
Cross-selling of related products, up-selling of higher packages
A satisfaction survey every half year</source>
        <translation>专属客户经理
交叉销售关联产品，追加销售升级套餐
每半年一次满意度调研</translation>
    </message>
    <message>
        <source>Account manager time, product specialists</source>
        <translation>客户经理投入、产品专家</translation>
    </message>
    <message>
        <source>Higher lifetime value of core accounts</source>
        <translation>提升核心客户的客户生命周期价值</translation>
    </message>
    <message>
        <source>Potential account cultivation</source>
        <translation>潜力客户培育</translation>
    </message>
    <message>
        <source>Grow accounts that fit well but buy little so far.</source>
        <translation>培育行业匹配度高但目前采购较少的客户。</translation>
    </message>
    <message>
        <source>A needs analysis together with the customer
Pilot projects or trials of further products
Industry cases and training</source>
        <translation>与客户共同开展需求分析
试点项目或更多产品的试用
行业案例与培训</translation>
    </message>
    <message>
        <source>Trial licences, solution engineers</source>
        <translation>试用许可、解决方案工程师</translation>
    </message>
    <message>
        <source>More repeat purchases; some accounts become core accounts</source>
        <translation>复购增加，部分客户升级为核心客户</translation>
    </message>
    <message>
        <source>Renewal rescue for risk accounts</source>
        <translation>风险客户续约挽救</translation>
    </message>
    <message>
        <source>Keep the accounts whose renewal is at risk.</source>
        <translation>留住续约存在风险的客户。</translation>
    </message>
    <message>
        <source>The service lead contacts the account within 24 hours to learn the cause
A remediation plan with dates agreed with the customer
The renewal terms reviewed (price, scope)</source>
        <translation>客服负责人24小时内联系客户了解原因
与客户商定有时间节点的整改方案
重新评估续约条款（价格、范围）</translation>
    </message>
    <message>
        <source>Weekly until the renewal</source>
        <translation>每周，直至续约</translation>
    </message>
    <message>
        <source>Service lead time, renewal discount budget</source>
        <translation>客服负责人投入、续约折扣预算</translation>
    </message>
    <message>
        <source>Lower churn rate of risk accounts</source>
        <translation>降低风险客户流失率</translation>
    </message>
    <message>
        <source>Acquisition: precise targeting</source>
        <translation>获客：精准定位</translation>
    </message>
    <message>
        <source>Win good new customers at a lower acquisition cost.</source>
        <translation>以更低的获客成本获得优质新客户。</translation>
    </message>
    <message>
        <source>Define the target customer groups precisely
Optimise the mix of acquisition channels
Design offers that draw new customers in
Shorten the path from first contact to first order</source>
        <translation>精准定位目标客群
优化获客渠道组合
设计新客引流权益
缩短获客转化链路</translation>
    </message>
    <message>
        <source>Channels reviewed monthly</source>
        <translation>每月评估渠道</translation>
    </message>
    <message>
        <source>Acquisition budget, channel tools</source>
        <translation>获客预算、渠道工具</translation>
    </message>
    <message>
        <source>Customer acquisition cost (CAC) −25%</source>
        <translation>获客成本（CAC）降低25%</translation>
    </message>
    <message>
        <source>Activation: a good first order</source>
        <translation>激活：良好的首单体验</translation>
    </message>
    <message>
        <source>Turn new customers into active ones quickly and build their trust.</source>
        <translation>让新客户尽快活跃起来，快速建立客户信任。</translation>
    </message>
    <message>
        <source>Simplify the first-order process
An experience made for new customers (getting-started guide, first-order discount)</source>
        <translation>简化首单流程
提供新客专属体验（入门指导、首单优惠）</translation>
    </message>
    <message>
        <source>Within 7 days of the first order</source>
        <translation>首单后7天内</translation>
    </message>
    <message>
        <source>First-order discount budget, getting-started guide</source>
        <translation>首单优惠预算、入门指导</translation>
    </message>
    <message>
        <source>Higher 7-day activation rate of new customers</source>
        <translation>提升新客户7日激活率</translation>
    </message>
    <message>
        <source>Growth: cross-selling and up-selling</source>
        <translation>成长：交叉销售与追加销售</translation>
    </message>
    <message>
        <source>Raise each customer&apos;s value.</source>
        <translation>提升每位客户的价值。</translation>
    </message>
    <message>
        <source>Personalised product and service recommendations from their preferences
Cross-selling (related products)
Up-selling (upgraded packages)</source>
        <translation>基于客户偏好推送个性化产品/服务
交叉销售（关联产品推荐）
追加销售（升级套餐）</translation>
    </message>
    <message>
        <source>Recommendation content, product bundles</source>
        <translation>推荐内容、产品组合</translation>
    </message>
    <message>
        <source>Higher average order value and lifetime value</source>
        <translation>提升客单价与客户生命周期价值</translation>
    </message>
    <message>
        <source>Maturity: a loyalty programme</source>
        <translation>成熟：会员忠诚体系</translation>
    </message>
    <message>
        <source>Strengthen loyalty and keep mature customers close.</source>
        <translation>强化客户粘性，维系成熟客户。</translation>
    </message>
    <message>
        <source>A membership loyalty scheme (points, levels, exclusive perks)
Regular interactive events</source>
        <translation>建立会员忠诚体系（积分、等级、专属权益）
定期开展互动活动</translation>
    </message>
    <message>
        <source>Monthly events</source>
        <translation>每月活动</translation>
    </message>
    <message>
        <source>Points and perks budget</source>
        <translation>积分与权益预算</translation>
    </message>
    <message>
        <source>Retention rate +30%</source>
        <translation>留存率提升30%</translation>
    </message>
    <message>
        <source>Retention: early warning and retention offers</source>
        <translation>挽留：流失预警与挽留权益</translation>
    </message>
    <message>
        <source>Keep the customers who show churn warning signals.</source>
        <translation>留住出现流失预警信号的客户。</translation>
    </message>
    <message>
        <source>Watch the warning signals (purchase frequency falling, fewer interactions)
Retention offers (exclusive discounts, tailored service)
Solve the customer&apos;s core complaint</source>
        <translation>监测流失预警信号（消费频次下降、互动减少）
推送挽留权益（专属优惠、定制服务）
解决客户核心诉求</translation>
    </message>
    <message>
        <source>Warning list checked weekly</source>
        <translation>每周查看预警名单</translation>
    </message>
    <message>
        <source>Retention budget, churn-risk list</source>
        <translation>挽留预算、流失风险名单</translation>
    </message>
    <message>
        <source>Churn rate below 8%</source>
        <translation>流失率降至8%以下</translation>
    </message>
    <message>
        <source>Win-back: learn why, invite them back</source>
        <translation>召回：了解原因，邀请回归</translation>
    </message>
    <message>
        <source>Bring churned customers back.</source>
        <translation>推动已流失客户回流。</translation>
    </message>
    <message>
        <source>Ask lost customers why they left
Differentiated win-back offers (incentives, news of product upgrades)</source>
        <translation>对已流失客户开展原因调研
差异化召回策略（权益激励、产品升级告知）</translation>
    </message>
    <message>
        <source>Quarterly win-back campaign</source>
        <translation>每季度召回活动</translation>
    </message>
    <message>
        <source>Win-back incentive budget</source>
        <translation>召回激励预算</translation>
    </message>
    <message>
        <source>Higher win-back rate</source>
        <translation>提升挽回率</translation>
    </message>
    <message>
        <source>New customers: first order and onboarding</source>
        <translation>新客户：首单与新手引导</translation>
    </message>
    <message>
        <source>Activate new customers within 7 days.</source>
        <translation>7天内激活新客户。</translation>
    </message>
    <message>
        <source>A first-order offer
Onboarding (e.g. a guide to using the app)
A one-to-one consultation</source>
        <translation>首单优惠
新手引导（如APP使用教程）
1对1专属咨询</translation>
    </message>
    <message>
        <source>First-order coupons, onboarding content</source>
        <translation>首单优惠券、新手引导内容</translation>
    </message>
    <message>
        <source>7-day activation rate of new customers up to 60%</source>
        <translation>新客7日激活率提升至60%</translation>
    </message>
    <message>
        <source>Active customers: recommendations and member perks</source>
        <translation>活跃客户：个性化推荐与会员权益</translation>
    </message>
    <message>
        <source>Keep active customers buying.</source>
        <translation>让活跃客户持续购买。</translation>
    </message>
    <message>
        <source>Personalised recommendations from the purchase history
Member perks (double points, priority purchase)
Birthday and membership-anniversary gifts (coupons, presents)</source>
        <translation>基于购买历史的个性化推荐
会员专属权益（积分加倍、优先购）
生日、会员纪念日专属福利（优惠券、礼品）</translation>
    </message>
    <message>
        <source>Points budget, recommendation content</source>
        <translation>积分预算、推荐内容</translation>
    </message>
    <message>
        <source>Monthly repurchase rate of active customers +30%</source>
        <translation>活跃客户月复购率提升30%</translation>
    </message>
    <message>
        <source>Dormant customers: wake-up offers</source>
        <translation>沉睡客户：唤醒权益</translation>
    </message>
    <message>
        <source>Wake dormant customers up before they are lost.</source>
        <translation>在沉睡客户流失前将其唤醒。</translation>
    </message>
    <message>
        <source>Wake-up offers (discount coupons, exclusive events)
Churn-warning intervention: a call-back from the service team</source>
        <translation>唤醒权益（满减券、专属活动）
流失预警干预：客服回访</translation>
    </message>
    <message>
        <source>When a customer falls dormant, then monthly</source>
        <translation>客户进入沉睡时，之后每月</translation>
    </message>
    <message>
        <source>Wake-up coupons, call-back scripts</source>
        <translation>唤醒优惠券、回访话术</translation>
    </message>
    <message>
        <source>Dormant wake-up rate +25%</source>
        <translation>沉睡客户唤醒率提升25%</translation>
    </message>
    <message>
        <source>Churned customers: win them back</source>
        <translation>流失客户：挽回</translation>
    </message>
    <message>
        <source>Bring lost customers back.</source>
        <translation>推动流失客户回流。</translation>
    </message>
    <message>
        <source>Ask why they left (survey or call)
A &quot;welcome back&quot; offer that lowers the bar for the next purchase
News of product upgrades</source>
        <translation>了解流失原因（问卷或电话）
“回归专属礼”，降低二次购买门槛
产品升级告知</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Win-back budget</source>
        <translation>召回预算</translation>
    </message>
    <message>
        <source>Champions: reward and involve</source>
        <translation>冠军客户：回馈与共创</translation>
    </message>
    <message>
        <source>Keep the best customers delighted and make them advocates.</source>
        <translation>让最好的客户持续满意，并成为品牌推荐者。</translation>
    </message>
    <message>
        <source>Early access to new products and exclusive perks
Invitations to review products and refer friends
A personal thank-you from their account manager</source>
        <translation>新品优先体验与专属权益
邀请评测产品、推荐好友
客户经理亲自致谢</translation>
    </message>
    <message>
        <source>Perk budget, referral rewards</source>
        <translation>权益预算、推荐奖励</translation>
    </message>
    <message>
        <source>Repurchase rate kept high; more referrals</source>
        <translation>保持高复购率，推荐人数增加</translation>
    </message>
    <message>
        <source>Loyal customers: up-selling and membership</source>
        <translation>忠诚客户：追加销售与会员体系</translation>
    </message>
    <message>
        <source>Raise the value of frequent buyers.</source>
        <translation>提升高频购买客户的价值。</translation>
    </message>
    <message>
        <source>Up-selling of higher-value products
Membership levels and points
Requests for reviews and ratings</source>
        <translation>追加销售更高价值的产品
会员等级与积分
邀请评价与打分</translation>
    </message>
    <message>
        <source>Points budget, product bundles</source>
        <translation>积分预算、产品组合</translation>
    </message>
    <message>
        <source>Higher average order value</source>
        <translation>提升客单价</translation>
    </message>
    <message>
        <source>Potential loyalists: a membership offer</source>
        <translation>潜在忠诚客户：会员邀请</translation>
    </message>
    <message>
        <source>Turn recent repeat buyers into loyal customers.</source>
        <translation>把近期复购的客户培养成忠诚客户。</translation>
    </message>
    <message>
        <source>An offer to join the membership or loyalty programme
Personalised recommendations from the purchase history</source>
        <translation>邀请加入会员或忠诚度计划
基于购买历史的个性化推荐</translation>
    </message>
    <message>
        <source>Membership perks, recommendation content</source>
        <translation>会员权益、推荐内容</translation>
    </message>
    <message>
        <source>Higher repurchase rate</source>
        <translation>提升复购率</translation>
    </message>
    <message>
        <source>Recent first-time buyers: onboarding</source>
        <translation>近期首购客户：新手引导</translation>
    </message>
    <message>
        <source>Make the first purchase the start of a relationship.</source>
        <translation>让首次购买成为长期关系的开始。</translation>
    </message>
    <message>
        <source>A welcome message and getting-started help
A second-purchase offer within 30 days</source>
        <translation>欢迎信息与入门帮助
30天内的二次购买优惠</translation>
    </message>
    <message>
        <source>Within 30 days of the first order</source>
        <translation>首单后30天内</translation>
    </message>
    <message>
        <source>Welcome content, second-order coupons</source>
        <translation>欢迎内容、二次购买优惠券</translation>
    </message>
    <message>
        <source>Promising customers: building awareness</source>
        <translation>有潜力客户：建立认知</translation>
    </message>
    <message>
        <source>Give recent small spenders a reason to come back.</source>
        <translation>给近期消费较少的客户一个再次光顾的理由。</translation>
    </message>
    <message>
        <source>Brand and product stories
A free trial or a small introductory offer</source>
        <translation>品牌与产品故事
免费试用或小额入门优惠</translation>
    </message>
    <message>
        <source>Content, trial offers</source>
        <translation>内容、试用优惠</translation>
    </message>
    <message>
        <source>Need attention: limited-time offers</source>
        <translation>需要关注客户：限时优惠</translation>
    </message>
    <message>
        <source>Re-engage average customers before they slip away.</source>
        <translation>在一般客户流失前重新激发其兴趣。</translation>
    </message>
    <message>
        <source>Limited-time offers based on past purchases
Recommendations of popular products</source>
        <translation>基于历史购买的限时优惠
热门产品推荐</translation>
    </message>
    <message>
        <source>Coupon budget</source>
        <translation>优惠券预算</translation>
    </message>
    <message>
        <source>Higher retention rate</source>
        <translation>提升留存率</translation>
    </message>
    <message>
        <source>About to sleep: reactivation</source>
        <translation>即将沉睡客户：重新激活</translation>
    </message>
    <message>
        <source>Reactivate customers whose purchases are fading.</source>
        <translation>重新激活购买逐渐减少的客户。</translation>
    </message>
    <message>
        <source>Popular products and discounts shared with them
A reminder with a time-limited coupon</source>
        <translation>推送热门产品与折扣
附限时优惠券的提醒</translation>
    </message>
    <message>
        <source>When a customer&apos;s purchases fade, then monthly</source>
        <translation>客户购买减少时，之后每月</translation>
    </message>
    <message>
        <source>Reactivation coupons</source>
        <translation>激活优惠券</translation>
    </message>
    <message>
        <source>At risk: a personal win-back</source>
        <translation>有流失风险客户：一对一挽回</translation>
    </message>
    <message>
        <source>Win back good customers who have not bought for a long time.</source>
        <translation>挽回很久没有购买的优质客户。</translation>
    </message>
    <message>
        <source>Personal emails or calls to learn why
Renewal offers and news of product upgrades</source>
        <translation>通过个人邮件或电话了解原因
续购优惠与产品升级告知</translation>
    </message>
    <message>
        <source>Can&apos;t lose them: urgent personal contact</source>
        <translation>不能失去的客户：紧急一对一联系</translation>
    </message>
    <message>
        <source>Bring back big spenders who have gone quiet.</source>
        <translation>挽回沉寂下来的大额消费客户。</translation>
    </message>
    <message>
        <source>A call from the account manager within 24 hours
An exclusive offer or a new product that fits them
Ask what went wrong and put it right</source>
        <translation>客户经理24小时内致电
专属优惠或适合客户的新产品
了解问题所在并及时解决</translation>
    </message>
    <message>
        <source>Account manager time, retention budget</source>
        <translation>客户经理投入、挽留预算</translation>
    </message>
    <message>
        <source>Win back at least 30% of them</source>
        <translation>挽回其中至少30%</translation>
    </message>
    <message>
        <source>Hibernating: low-cost reminders</source>
        <translation>休眠客户：低成本提醒</translation>
    </message>
    <message>
        <source>Remind them at low cost; stop contacting those who never answer.</source>
        <translation>低成本提醒；对始终没有回应的客户停止联系。</translation>
    </message>
    <message>
        <source>Automated offers of relevant products
Unreachable contacts cleaned out</source>
        <translation>自动推送相关产品优惠
清理无法联系的客户信息</translation>
    </message>
    <message>
        <source>Lost customers: one last win-back</source>
        <translation>已流失客户：最后一次挽回</translation>
    </message>
    <message>
        <source>Try once to win them back, then stop contacting them.</source>
        <translation>尝试挽回一次，之后停止联系。</translation>
    </message>
    <message>
        <source>One win-back campaign with a strong offer
Ask why they left
No more marketing to those who do not answer (no useless disturbance)</source>
        <translation>一次力度较大的召回活动
了解流失原因
对没有回应的客户停止营销（避免无效营销打扰）</translation>
    </message>
</context>
<context>
    <name>PlaybookStore</name>
    <message>
        <source>Playbook %1 does not exist.</source>
        <translation>策略模板%1不存在。</translation>
    </message>
    <message>
        <source>“%1” is a built-in playbook: it can be retired, not removed.</source>
        <translation>“%1”是内置策略模板：只能停用，不能删除。</translation>
    </message>
    <message>
        <source>“%1” is your own playbook: only built-in playbooks can be reset.</source>
        <translation>“%1”是您自己的策略模板：只有内置策略模板可以恢复默认。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
</context>
<context>
    <name>QuarterlyReport</name>
    <message>
        <source>Quarterly customer review</source>
        <translation>客户季度复盘</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>ReclassificationPreview</name>
    <message>
        <source>There is no tier model &apos;%1&apos;.</source>
        <translation>没有名为“%1”的分层模型。</translation>
    </message>
</context>
<context>
    <name>ReportDataCollector</name>
    <message>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period; use a quarter such as 2011Q3</source>
        <translation>“%1”不是有效的期间；请使用 2011Q3 这样的季度</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1（%2 – %3）</translation>
    </message>
    <message>
        <source>Analysing %1: %2</source>
        <translation>正在分析 %1：%2</translation>
    </message>
    <message>
        <source>Reading the snapshot of %1</source>
        <translation>正在读取 %1 的快照</translation>
    </message>
    <message>
        <source>Measuring the KPIs</source>
        <translation>正在计算 KPI</translation>
    </message>
    <message>
        <source>Laying out the figures</source>
        <translation>正在排版数据</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未计算</translation>
    </message>
    <message>
        <source>No KPI has a value for %1: the database holds no customers or orders up to %2.</source>
        <translation>%1 没有任何 KPI 数值：截至 %2 数据库中没有客户或订单。</translation>
    </message>
    <message>
        <source>No KPI is shown, so none needs a definition.</source>
        <translation>未显示任何 KPI，因此无需定义。</translation>
    </message>
    <message>
        <source>No customer has a tier as of %1.</source>
        <translation>截至 %1，没有客户被分层。</translation>
    </message>
    <message>
        <source>New since %1</source>
        <translation>%1 之后的新客户</translation>
    </message>
    <message>
        <source>No customers as of %1.</source>
        <translation>截至 %1 没有客户。</translation>
    </message>
    <message>
        <source>No active customer is at high risk of leaving as of %1.</source>
        <translation>截至 %1，没有处于高流失风险的活跃客户。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Reading the plans</source>
        <translation>正在读取策略计划</translation>
    </message>
    <message>
        <source>Analysing %1 and %2</source>
        <translation>正在分析 %1 和 %2</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Summary of key figures</source>
        <translation>关键指标摘要</translation>
    </message>
    <message>
        <source>Customer tiers</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>Tier migration</source>
        <translation>分层迁移</translation>
    </message>
    <message>
        <source>Lifecycle funnel</source>
        <translation>生命周期漏斗</translation>
    </message>
    <message>
        <source>Effect tracking</source>
        <translation>效果跟踪</translation>
    </message>
    <message>
        <source>Execution plan status</source>
        <translation>执行计划进度</translation>
    </message>
    <message>
        <source>Top customers at risk</source>
        <translation>重点流失风险客户</translation>
    </message>
    <message>
        <source>Adjustment suggestions and review decisions</source>
        <translation>调整建议与复盘决议</translation>
    </message>
    <message>
        <source>Appendix: KPI definitions</source>
        <translation>附录：KPI 定义</translation>
    </message>
</context>
<context>
    <name>ReportPlanningCollector</name>
    <message>
        <source>repurchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <source>* %1, %2: entered by hand; computed from the data: %3.</source>
        <translation>* %1，%2：手工录入；由数据计算的值：%3。</translation>
    </message>
    <message>
        <source>No customer had a tier at the start of %1.</source>
        <translation>%1 期初没有客户属于任何分层。</translation>
    </message>
    <message>
        <source>Measured for %1 per tier, each customer counted in the tier they had at its start (the end of %2).</source>
        <translation>按分层统计 %1，每位客户计入其期初（%2 期末）所在的分层。</translation>
    </message>
    <message>
        <source>No strategy plan covers %1, so there is no SMART goal to compare with.</source>
        <translation>没有覆盖 %1 的策略计划，因此没有可对照的 SMART 目标。</translation>
    </message>
    <message>
        <source>The plans covering %1 set no SMART goal.</source>
        <translation>覆盖 %1 的计划没有设定 SMART 目标。</translation>
    </message>
    <message>
        <source>Not measured: %1</source>
        <translation>未测量：%1</translation>
    </message>
    <message>
        <source>Not ended by %1.</source>
        <translation>截至 %1 尚未结束。</translation>
    </message>
    <message>
        <source>No strategy plan covers %1 in this database, so there is no execution plan to report.</source>
        <translation>本数据库中没有覆盖 %1 的策略计划，因此没有可报告的执行计划。</translation>
    </message>
    <message>
        <source>The plans covering %1 hold no execution item.</source>
        <translation>覆盖 %1 的计划没有执行事项。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, plan changes: %2</source>
        <translation>%1，计划调整：%2</translation>
    </message>
    <message>
        <source>No adjustment suggestion was entered for %1 and no review was held in it.</source>
        <translation>%1 没有录入调整建议，期间也没有举行复盘。</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%2 前达到 %1</translation>
    </message>
    <message>
        <source>Could not be measured</source>
        <translation>无法测量</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>RetentionActionSuggester</name>
    <message>
        <source>Account manager visits within a week: one-to-one review of needs, service and price; offer customised perks.</source>
        <translation>客户经理一周内上门拜访：一对一了解需求、服务与价格问题；提供定制权益。</translation>
    </message>
    <message>
        <source>Send the dormant wake-up pack; a service call-back if there is no answer.</source>
        <translation>发送沉睡客户唤醒礼包；无回应时由客服回访。</translation>
    </message>
    <message>
        <source>Personalised recommendation from purchase history with a repurchase coupon.</source>
        <translation>根据购买记录进行个性化推荐，并附复购优惠券。</translation>
    </message>
    <message>
        <source>Service team calls within 24 hours to learn why (quality, service, price); targeted compensation and a welcome-back gift.</source>
        <translation>客服团队 24 小时内致电了解原因（质量、服务、价格）；提供针对性补偿和回归礼。</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>Plan: plan %1 does not exist.</source>
        <translation>计划：计划%1不存在。</translation>
    </message>
    <message>
        <source>Review %1 does not exist.</source>
        <translation>复盘记录%1不存在。</translation>
    </message>
</context>
<context>
    <name>RfmScorer</name>
    <message>
        <source>Not scored: no purchase up to the analysis date.</source>
        <translation>未评分：截至分析日期没有消费。</translation>
    </message>
    <message>
        <source>R %1: last order %2 days ago, within the %3-day boundary</source>
        <translation>R %1：最近一次下单在 %2 天前，未超过 %3 天界限</translation>
    </message>
    <message>
        <source>R %1: last order %2 days ago, above the %3-day boundary, within %4 days</source>
        <translation>R %1：最近一次下单在 %2 天前，超过 %3 天界限，未超过 %4 天</translation>
    </message>
    <message>
        <source>R %1: last order %2 days ago, above the %3-day boundary</source>
        <translation>R %1：最近一次下单在 %2 天前，超过 %3 天界限</translation>
    </message>
    <message>
        <source>F %1: %2 orders a year, below the boundary of %3</source>
        <translation>F %1：每年 %2 单，低于界限 %3</translation>
    </message>
    <message>
        <source>F %1: %2 orders a year, at or above the boundary of %3, below %4</source>
        <translation>F %1：每年 %2 单，达到界限 %3，低于 %4</translation>
    </message>
    <message>
        <source>F %1: %2 orders a year, at or above the boundary of %3</source>
        <translation>F %1：每年 %2 单，达到界限 %3</translation>
    </message>
    <message>
        <source>M %1: %2 a year, below the boundary of %3</source>
        <translation>M %1：每年 %2，低于界限 %3</translation>
    </message>
    <message>
        <source>M %1: %2 a year, at or above the boundary of %3, below %4</source>
        <translation>M %1：每年 %2，达到界限 %3，低于 %4</translation>
    </message>
    <message>
        <source>M %1: %2 a year, at or above the boundary of %3</source>
        <translation>M %1：每年 %2，达到界限 %3</translation>
    </message>
    <message>
        <source>R %1: last order %2 days ago, more recent than %3% of the %4 customers scored (R %1 takes %5% up to %6%)</source>
        <translation>R %1：最近一次下单在 %2 天前，比 %4 位参与评分客户中的 %3% 更近（R %1 对应 %5% 至 %6%）</translation>
    </message>
    <message>
        <source>F %1: %2 orders a year, more than %3% of the %4 customers scored (F %1 takes %5% up to %6%)</source>
        <translation>F %1：每年 %2 单，高于 %4 位参与评分客户中的 %3%（F %1 对应 %5% 至 %6%）</translation>
    </message>
    <message>
        <source>M %1: %2 a year, more than %3% of the %4 customers scored (M %1 takes %5% up to %6%)</source>
        <translation>M %1：每年 %2，高于 %4 位参与评分客户中的 %3%（M %1 对应 %5% 至 %6%）</translation>
    </message>
</context>
<context>
    <name>RiskCatalog</name>
    <message>
        <source>Inaccurate customer data</source>
        <translation>客户数据不准确</translation>
    </message>
    <message>
        <source>The tiers differ widely from the customers&apos; real value.</source>
        <translation>分层结果与实际客户价值偏差大。</translation>
    </message>
    <message>
        <source>Cleanse the data regularly (update contact details, remove invalid customers) and review key customers&apos; information by hand.</source>
        <translation>定期清洗数据（如更新联系方式、剔除无效客户），结合人工复核关键客户信息。</translation>
    </message>
    <message>
        <source>Data team</source>
        <translation>数据团队</translation>
    </message>
    <message>
        <source>The same strategy for every tier</source>
        <translation>策略同质化</translation>
    </message>
    <message>
        <source>Customers of different tiers are looked after in the same way.</source>
        <translation>不同分层客户采用相同维护方式。</translation>
    </message>
    <message>
        <source>Match a differentiated strategy strictly to each tier and evaluate the strategies regularly.</source>
        <translation>严格按分层结果匹配差异化策略，定期评估策略。</translation>
    </message>
    <message>
        <source>Marketing team</source>
        <translation>市场团队</translation>
    </message>
    <message>
        <source>Resources spent on the wrong customers</source>
        <translation>资源投入错配</translation>
    </message>
    <message>
        <source>Low-value customers get costly personal service while high-value customers get only standard content.</source>
        <translation>低价值客户占用高成本的个性化服务，高价值客户却只收到标准化内容。</translation>
    </message>
    <message>
        <source>Give high-value customers deeply personal service and reach low-value customers at scale with standard tools.</source>
        <translation>高价值客户提供深度个性化服务，低价值客户通过标准化工具实现规模化触达，避免资源浪费。</translation>
    </message>
    <message>
        <source>Sales team</source>
        <translation>销售团队</translation>
    </message>
    <message>
        <source>Departments working in silos</source>
        <translation>部门壁垒</translation>
    </message>
    <message>
        <source>Sales, service and marketing hold different customer information and act inconsistently.</source>
        <translation>销售、客服、市场掌握的客户信息不一致，行动不协调。</translation>
    </message>
    <message>
        <source>Break down the walls between sales, service and marketing: share customer information and keep the strategies consistent (e.g. a weekly customer meeting).</source>
        <translation>打破销售、客服、市场等部门壁垒，保证客户信息互通、策略一致（如每周客户维护例会）。</translation>
    </message>
    <message>
        <source>Team leads</source>
        <translation>团队负责人</translation>
    </message>
    <message>
        <source>Strategies that ignore the lifecycle</source>
        <translation>策略忽视客户生命周期</translation>
    </message>
    <message>
        <source>Customers&apos; needs change from stage to stage (new, growing, mature, declining) but their strategy stays the same.</source>
        <translation>客户在不同阶段（新客、成长、成熟、衰退）的需求已变化，维护策略却一成不变。</translation>
    </message>
    <message>
        <source>Follow each customer&apos;s lifecycle stage and adjust the strategy as the needs change.</source>
        <translation>关注客户所处的生命周期阶段，随需求变化动态调整维护策略。</translation>
    </message>
</context>
<context>
    <name>RiskRegisterStore</name>
    <message>
        <source>Risk %1 does not exist.</source>
        <translation>风险%1不存在。</translation>
    </message>
    <message>
        <source>“%1” is a built-in risk: it can be closed, not removed.</source>
        <translation>“%1”是内置风险：只能关闭，不能删除。</translation>
    </message>
    <message>
        <source>“%1” is your own risk: only built-in risks can be reset.</source>
        <translation>“%1”是您自己添加的风险：只有内置风险可以恢复默认。</translation>
    </message>
</context>
<context>
    <name>ScoringScheme</name>
    <message>
        <source>Quintiles over the customer base</source>
        <translation>按全体客户五等分</translation>
    </message>
    <message>
        <source>ToB fixed thresholds (seed 001)</source>
        <translation>ToB 固定阈值（种子 001）</translation>
    </message>
    <message>
        <source>ToC fixed thresholds</source>
        <translation>ToC 固定阈值</translation>
    </message>
    <message>
        <source>A scoring scheme needs a code.</source>
        <translation>评分方案需要一个代码。</translation>
    </message>
    <message>
        <source>Scoring scheme “%1”: the recency boundaries must be four ascending numbers of days.</source>
        <translation>评分方案“%1”：最近消费时间的界限必须是四个递增的天数。</translation>
    </message>
    <message>
        <source>Scoring scheme “%1”: the frequency boundaries must be four ascending numbers of orders per year.</source>
        <translation>评分方案“%1”：消费频率的界限必须是四个递增的每年订单数。</translation>
    </message>
    <message>
        <source>Scoring scheme “%1”: the amount boundaries must be four ascending amounts per year.</source>
        <translation>评分方案“%1”：消费金额的界限必须是四个递增的每年金额。</translation>
    </message>
    <message>
        <source>Scoring scheme “%1”: unknown method “%2” (expected “quintile” or “thresholds”).</source>
        <translation>评分方案“%1”：未知方法“%2”（应为“quintile”或“thresholds”）。</translation>
    </message>
    <message>
        <source>Scoring scheme “%1”: “%2” must be a list of four boundaries.</source>
        <translation>评分方案“%1”：“%2”必须是包含四个界限的列表。</translation>
    </message>
    <message>
        <source>Scoring scheme “%1”: boundary %2 of “%3” is not a number.</source>
        <translation>评分方案“%1”：“%3”的第 %2 个界限不是数字。</translation>
    </message>
</context>
<context>
    <name>SegmentFilter</name>
    <message>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>层级：%1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>R %1 · F %2</source>
        <translation>R %1 · F %2</translation>
    </message>
</context>
<context>
    <name>SegmentFormat</name>
    <message>
        <source>%1 pp</source>
        <extracomment>Percentage points: the change of a rate, e.g. &quot;+1.2 pp&quot;.</extracomment>
        <translation>%1 个百分点</translation>
    </message>
</context>
<context>
    <name>SheetXmlScanner</name>
    <message>
        <source>a row is longer than %1 MB</source>
        <translation>有一行超过 %1 MB</translation>
    </message>
    <message>
        <source>the entity &amp;%1; is not defined</source>
        <translation>实体 &amp;%1; 未定义</translation>
    </message>
    <message>
        <source>a broken tag</source>
        <translation>标签残缺</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; closes &lt;%2&gt;</source>
        <translation>&lt;/%1&gt; 与 &lt;%2&gt; 不匹配</translation>
    </message>
    <message>
        <source>a row with more than %1 cells</source>
        <translation>有一行的单元格超过 %1 个</translation>
    </message>
    <message>
        <source>the part is in UTF-16; only UTF-8 sheets are read</source>
        <translation>该部件为 UTF-16 编码；只能读取 UTF-8 编码的工作表</translation>
    </message>
    <message>
        <source>an element outside the root element</source>
        <translation>根元素之外出现了元素</translation>
    </message>
    <message>
        <source>the part ends early</source>
        <translation>该部件提前结束</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>%1: the workbook is password-protected (encrypted); save an unprotected copy and import that.</source>
        <translation>%1：工作簿受密码保护（已加密）；请另存一份未加密的副本后再导入。</translation>
    </message>
</context>
<context>
    <name>SqliteBulkStatement</name>
    <message>
        <source>Cannot prepare &quot;%1&quot;: %2</source>
        <translation>无法准备语句“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2</source>
        <translation>“%1”执行失败：%2</translation>
    </message>
    <message>
        <source>cannot bind value %1 (%2)</source>
        <translation>无法绑定第 %1 个值（%2）</translation>
    </message>
</context>
<context>
    <name>TextEncodingDetector</name>
    <message>
        <source>UTF-8 byte order mark</source>
        <translation>UTF-8 字节顺序标记（BOM）</translation>
    </message>
    <message>
        <source>UTF-16 little-endian byte order mark</source>
        <translation>UTF-16 小端字节顺序标记</translation>
    </message>
    <message>
        <source>UTF-16 big-endian byte order mark</source>
        <translation>UTF-16 大端字节顺序标记</translation>
    </message>
    <message>
        <source>zero bytes between characters (UTF-16 without a byte order mark)</source>
        <translation>字符之间有零字节（无字节顺序标记的 UTF-16）</translation>
    </message>
    <message>
        <source>the bytes are valid UTF-8</source>
        <translation>字节是有效的 UTF-8</translation>
    </message>
    <message>
        <source>double-byte Chinese text with Big5 byte patterns</source>
        <translation>具有 Big5 字节特征的双字节中文文本</translation>
    </message>
    <message>
        <source>double-byte Chinese text (GB18030/GBK)</source>
        <translation>双字节中文文本（GB18030/GBK）</translation>
    </message>
    <message>
        <source>not UTF-8 and not double-byte Chinese: Western (Windows-1252)</source>
        <translation>既不是 UTF-8 也不是双字节中文：西文（Windows-1252）</translation>
    </message>
</context>
<context>
    <name>TierModel</name>
    <message>
        <source>Four tiers (seed 001)</source>
        <translation>四类客户分层（种子 001）</translation>
    </message>
    <message>
        <source>Eleven-segment RFM map</source>
        <translation>RFM 十一类客户分群</translation>
    </message>
    <message>
        <source>ToB tiers (seed 000)</source>
        <translation>ToB 客户分层（种子 000）</translation>
    </message>
    <message>
        <source>A tier model needs a code.</source>
        <translation>分层模型需要一个代码。</translation>
    </message>
    <message>
        <source>Tier model “%1”: an RFM map has the dimensions r, f and m.</source>
        <translation>分层模型“%1”：RFM 分层图的维度是 r、f 和 m。</translation>
    </message>
    <message>
        <source>Tier model “%1”: an RFM map must name the segment of customers who never bought.</source>
        <translation>分层模型“%1”：RFM 分层图必须指定从未消费客户所属的分群。</translation>
    </message>
    <message>
        <source>Tier model “%1”: a ToB model needs at least one dimension.</source>
        <translation>分层模型“%1”：ToB 模型至少需要一个维度。</translation>
    </message>
    <message>
        <source>Tier model “%1”: unknown dimension “%2” (expected revenue_share, relationship_years, industry_fit or renewal_risk).</source>
        <translation>分层模型“%1”：未知维度“%2”（应为 revenue_share、relationship_years、industry_fit 或 renewal_risk）。</translation>
    </message>
    <message>
        <source>Tier model “%1”: dimension “%2” appears twice.</source>
        <translation>分层模型“%1”：维度“%2”出现了两次。</translation>
    </message>
    <message>
        <source>Tier model “%1”: the boundaries of “%2” must be 1 to %3 ascending numbers.</source>
        <translation>分层模型“%1”：“%2”的界限必须是 1 到 %3 个递增的数字。</translation>
    </message>
    <message>
        <source>Tier model “%1”: segment %2 has no code.</source>
        <translation>分层模型“%1”：第 %2 个分群没有代码。</translation>
    </message>
    <message>
        <source>Tier model “%1”: segment “%2” appears twice.</source>
        <translation>分层模型“%1”：分群“%2”出现了两次。</translation>
    </message>
    <message>
        <source>Tier model “%1”, segment “%2”, rule %3: expected a range for each of the %4 dimensions.</source>
        <translation>分层模型“%1”，分群“%2”，规则 %3：%4 个维度各需要一个范围。</translation>
    </message>
    <message>
        <source>Tier model “%1”, segment “%2”, rule %3: the range %4–%5 of “%6” is outside its levels 1–%7.</source>
        <translation>分层模型“%1”，分群“%2”，规则 %3：“%6”的范围 %4–%5 超出了其等级 1–%7。</translation>
    </message>
    <message>
        <source>Tier model “%1”: the segment for customers who never bought, “%2”, is not one of its segments.</source>
        <translation>分层模型“%1”：从未消费客户所属的分群“%2”不是该模型的分群。</translation>
    </message>
    <message>
        <source>revenue share</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>合作年限</translation>
    </message>
    <message>
        <source>industry fit</source>
        <translation>行业匹配度</translation>
    </message>
    <message>
        <source>renewal risk</source>
        <translation>续约风险</translation>
    </message>
    <message>
        <source>%1 any</source>
        <translation>%1 任意</translation>
    </message>
    <message>
        <source>Cell %1 of the map “%2” belongs to no segment: the map has a gap there.</source>
        <translation>分层图“%2”的单元格 %1 不属于任何分群：分层图在此处有缺口。</translation>
    </message>
    <message>
        <source>Cell %1 of the map “%2” belongs to more than one segment (%3): the map must be corrected.</source>
        <translation>分层图“%2”的单元格 %1 属于多个分群（%3）：必须修正分层图。</translation>
    </message>
    <message>
        <source>Cell %1 of the map “%2” belongs to %3 (rule %4 of %3: %5).</source>
        <translation>分层图“%2”的单元格 %1 属于%3（%3的规则 %4：%5）。</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>低于 %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>不低于 %1</translation>
    </message>
    <message>
        <source>at least %1, below %2</source>
        <translation>不低于 %1，低于 %2</translation>
    </message>
    <message>
        <source>Revenue share %1 of the base&apos;s net amount</source>
        <translation>收入占全体客户净额的 %1</translation>
    </message>
    <message>
        <source>Relationship of %1 years since the first purchase</source>
        <translation>自首次消费起合作 %1 年</translation>
    </message>
    <message>
        <source>Industry fit rated %1</source>
        <translation>行业匹配度评为 %1</translation>
    </message>
    <message>
        <source>Industry fit not rated, counted as %1</source>
        <translation>行业匹配度未评，按 %1 计</translation>
    </message>
    <message>
        <source>Renewal risk rated %1</source>
        <translation>续约风险评为 %1</translation>
    </message>
    <message>
        <source>Renewal risk not rated, counted as %1</source>
        <translation>续约风险未评，按 %1 计</translation>
    </message>
    <message>
        <source>%1: %2 %3 of %4 (%5)</source>
        <translation>%1：%2 等级 %3/%4（%5）</translation>
    </message>
    <message>
        <source>No purchase up to the analysis date: the map “%1” puts customers who never bought in %2.</source>
        <translation>截至分析日期没有消费：分层图“%1”将从未消费的客户归入%2。</translation>
    </message>
    <message>
        <source>Scores %1 are outside the map “%2”.</source>
        <translation>评分 %1 超出了分层图“%2”的范围。</translation>
    </message>
    <message>
        <source>Tier model “%1”: unknown kind “%2” (expected “rfm” or “tob”).</source>
        <translation>分层模型“%1”：未知类型“%2”（应为“rfm”或“tob”）。</translation>
    </message>
    <message>
        <source>Tier model “%1”: a boundary of “%2” is not a number.</source>
        <translation>分层模型“%1”：“%2”的某个界限不是数字。</translation>
    </message>
    <message>
        <source>Tier model “%1”: no segments.</source>
        <translation>分层模型“%1”：没有分群。</translation>
    </message>
    <message>
        <source>Tier model “%1”, segment “%2”, rule %3: expected an object of ranges.</source>
        <translation>分层模型“%1”，分群“%2”，规则 %3：应为由范围组成的对象。</translation>
    </message>
    <message>
        <source>Tier model “%1”, segment “%2”, rule %3: unknown dimension “%4”.</source>
        <translation>分层模型“%1”，分群“%2”，规则 %3：未知维度“%4”。</translation>
    </message>
    <message>
        <source>Tier model “%1”, segment “%2”, rule %3: “%4” must be a level or a [from, to] pair of levels.</source>
        <translation>分层模型“%1”，分群“%2”，规则 %3：“%4”必须是一个等级或 [起, 止] 等级对。</translation>
    </message>
</context>
<context>
    <name>TierModelChecker</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Map “%1”: %n cell(s) belong to no segment: %2.</source>
        <translation>
            <numerusform>分层图“%1”：%n 个单元格不属于任何分群：%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Map “%1”: %n more cell(s) belong to more than one segment.</source>
        <translation>
            <numerusform>分层图“%1”：另有 %n 个单元格属于多个分群。</numerusform>
        </translation>
    </message>
    <message>
        <source>Map “%1”: cell %2 belongs to more than one segment: %3.</source>
        <translation>分层图“%1”：单元格 %2 属于多个分群：%3。</translation>
    </message>
    <message>
        <source>Map “%1”: segment %2 has no rules, so no customer can reach it.</source>
        <translation>分层图“%1”：分群%2没有规则，任何客户都无法进入。</translation>
    </message>
    <message>
        <source>Map “%1”: segment %2 decides no cell (every cell its rules cover belongs to another segment too), so no customer can reach it.</source>
        <translation>分层图“%1”：分群%2不决定任何单元格（其规则覆盖的每个单元格也属于其他分群），任何客户都无法进入。</translation>
    </message>
</context>
<context>
    <name>TierNames</name>
    <message>
        <source>High-value</source>
        <translation>高价值客户</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <source>Low-value</source>
        <translation>低价值客户</translation>
    </message>
    <message>
        <source>Churn-risk</source>
        <translation>流失风险客户</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Potential Loyalist</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <source>New Customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>有潜力客户</translation>
    </message>
    <message>
        <source>Need Attention</source>
        <translation>需要关注客户</translation>
    </message>
    <message>
        <source>About to Sleep</source>
        <translation>即将沉睡客户</translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation>有流失风险客户</translation>
    </message>
    <message>
        <source>Can&apos;t Lose Them</source>
        <translation>不能失去的客户</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失客户</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>战略客户</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>核心客户</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险客户</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>成熟客户</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>已召回</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
</context>
<context>
    <name>TrackingCalculator</name>
    <message>
        <source>The snapshot of %1 holds tiers of the model %2, not %3.</source>
        <translation>%1 的快照采用分层模型 %2,而不是 %3。</translation>
    </message>
    <message>
        <source>No tiers at the start of %1.</source>
        <translation>%1 开始时没有分层结果。</translation>
    </message>
    <message>
        <source>No customer was in this tier at the start of %1.</source>
        <translation>%1 开始时该层没有客户。</translation>
    </message>
</context>
<context>
    <name>TrackingStore</name>
    <message>
        <source>Tracking period &apos;%1&apos; is not a period: %2</source>
        <translation>跟踪周期“%1”不是有效周期:%2</translation>
    </message>
    <message>
        <source>A tracking entry of %1 needs a tier.</source>
        <translation>%1 的跟踪条目需要指定客户分层。</translation>
    </message>
    <message>
        <source>The %1 of %2 / %3 must lie between %4 and %5; %6 was entered.</source>
        <translation>%2 / %3 的 %1 必须介于 %4 与 %5 之间;输入的是 %6。</translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>任意金额</translation>
    </message>
</context>
<context>
    <name>ValueParser</name>
    <message>
        <source>no date given</source>
        <translation>未提供日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be day/month or month/day; choose the date order</source>
        <translation>“%1”可能是日/月或月/日；请选择日期顺序</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid calendar date</source>
        <translation>“%1”不是有效的日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time that cannot be read</source>
        <translation>“%1”中的时间无法读取</translation>
    </message>
    <message>
        <source>no amount given</source>
        <translation>未提供金额</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>“%1”过大</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has misplaced thousand separators</source>
        <translation>“%1”的千位分隔符位置不正确</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>“%1”不是金额</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>the Excel 97–2003 workbook cannot be read (FreeXL error %1): it may be damaged, encrypted or not a workbook</source>
        <translation>无法读取该 Excel 97–2003 工作簿（FreeXL 错误 %1）：文件可能已损坏、已加密或不是工作簿</translation>
    </message>
    <message>
        <source>the workbook is password-protected; save an unprotected copy and import that</source>
        <translation>工作簿受密码保护；请另存一份未加密的副本后再导入</translation>
    </message>
    <message>
        <source>the workbook has no worksheets</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>there is no sheet number %1</source>
        <translation>不存在第 %1 个工作表</translation>
    </message>
    <message>
        <source>the size of sheet %1 cannot be read</source>
        <translation>无法读取工作表 %1 的大小</translation>
    </message>
    <message>
        <source>the sheet has %1 columns, more than the limit of %2</source>
        <translation>工作表有 %1 列，超过了 %2 列的上限</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>文本长度超过 %1 个字符</translation>
    </message>
    <message>
        <source>the reader for Excel 97–2003 files (%1) cannot be started: %2</source>
        <translation>无法启动 Excel 97–2003 文件读取程序（%1）：%2</translation>
    </message>
    <message>
        <source>the Excel 97–2003 workbook is too large or takes too long to read</source>
        <translation>该 Excel 97–2003 工作簿过大或读取时间过长</translation>
    </message>
    <message>
        <source>the Excel 97–2003 workbook cannot be read: the reader stopped on it (%1), so it is probably damaged. Open it in Excel or LibreOffice and save it as .xlsx.</source>
        <translation>无法读取该 Excel 97–2003 工作簿：读取程序在处理它时中止（%1），文件可能已损坏。请在 Excel 或 LibreOffice 中打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>程序崩溃</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <source>the reader for Excel 97–2003 files answered with something else than a workbook</source>
        <translation>Excel 97–2003 文件读取程序返回的不是工作簿内容</translation>
    </message>
    <message>
        <source>the Excel 97–2003 workbook cannot be read: the reader&apos;s answer is incomplete</source>
        <translation>无法读取该 Excel 97–2003 工作簿：读取程序返回的内容不完整</translation>
    </message>
    <message>
        <source>the reader&apos;s answer is damaged at row %1</source>
        <translation>读取程序返回的内容在第 %1 行损坏</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the part %1 is missing</source>
        <translation>缺少部件 %1</translation>
    </message>
    <message>
        <source>the part %1 cannot be read (damaged or encrypted ZIP)</source>
        <translation>无法读取部件 %1（ZIP 已损坏或已加密）</translation>
    </message>
    <message>
        <source>the part %1 has a document type declaration, which spreadsheets never need (refused as a possible entity attack)</source>
        <translation>部件 %1 包含文档类型声明，而电子表格从不需要它（可能是实体攻击，已拒绝）</translation>
    </message>
    <message>
        <source>the part %1 is damaged (ZIP data error)</source>
        <translation>部件 %1 已损坏（ZIP 数据错误）</translation>
    </message>
    <message>
        <source>the part %1 is damaged or truncated</source>
        <translation>部件 %1 已损坏或被截断</translation>
    </message>
    <message>
        <source>the part %1 inflates beyond the limit of %2 MB (possible ZIP bomb)</source>
        <translation>部件 %1 解压后超过 %2 MB 的上限（可能是 ZIP 炸弹）</translation>
    </message>
    <message>
        <source>the part %1 is larger than its ZIP header says (possible ZIP bomb)</source>
        <translation>部件 %1 比其 ZIP 头中声明的更大（可能是 ZIP 炸弹）</translation>
    </message>
    <message>
        <source>the file is not a readable ZIP archive (truncated or damaged)</source>
        <translation>该文件不是可读取的 ZIP 压缩包（已截断或已损坏）</translation>
    </message>
    <message>
        <source>this is an Excel binary workbook (.xlsb), which Clientele cannot read; save it as .xlsx</source>
        <translation>这是 Excel 二进制工作簿（.xlsb），Clientele 无法读取；请另存为 .xlsx</translation>
    </message>
    <message>
        <source>the ZIP archive is not an Excel workbook (no xl/workbook.xml)</source>
        <translation>该 ZIP 压缩包不是 Excel 工作簿（缺少 xl/workbook.xml）</translation>
    </message>
    <message>
        <source>the workbook has no worksheets</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the part %1 is not well-formed XML (line %2: %3)</source>
        <translation>部件 %1 不是格式正确的 XML（第 %2 行：%3）</translation>
    </message>
    <message>
        <source>the ZIP directory cannot be read (truncated or damaged)</source>
        <translation>无法读取 ZIP 目录（已截断或已损坏）</translation>
    </message>
    <message>
        <source>the archive has %1 entries, more than the limit of %2</source>
        <translation>压缩包有 %1 个条目，超过了 %2 个的上限</translation>
    </message>
    <message>
        <source>the archive holds two entries named %1</source>
        <translation>压缩包中有两个名为 %1 的条目</translation>
    </message>
    <message>
        <source>the part %1 would inflate to %2 MB, more than the limit of %3 MB (possible ZIP bomb)</source>
        <translation>部件 %1 解压后将达到 %2 MB，超过了 %3 MB 的上限（可能是 ZIP 炸弹）</translation>
    </message>
    <message>
        <source>the part %1 is compressed more than %2:1, which real spreadsheets never are (possible ZIP bomb)</source>
        <translation>部件 %1 的压缩比超过 %2:1，真实的电子表格不会这样（可能是 ZIP 炸弹）</translation>
    </message>
    <message>
        <source>the part %1 has a document type declaration (refused)</source>
        <translation>部件 %1 包含文档类型声明（已拒绝）</translation>
    </message>
    <message>
        <source>the shared strings exceed the limit of %1 million characters</source>
        <translation>共享字符串超过了 %1 百万个字符的上限</translation>
    </message>
    <message>
        <source>the part %1 cannot be read</source>
        <translation>无法读取部件 %1</translation>
    </message>
    <message>
        <source>the part %1 inflates beyond its declared size or the limit (possible ZIP bomb)</source>
        <translation>部件 %1 解压后超过其声明的大小或上限（可能是 ZIP 炸弹）</translation>
    </message>
    <message>
        <source>there is no sheet number %1</source>
        <translation>不存在第 %1 个工作表</translation>
    </message>
    <message>
        <source>%1, row %2: the cell reference %3 is outside the %4 columns a sheet can have</source>
        <translation>%1，第 %2 行：单元格引用 %3 超出了工作表最多 %4 列的范围</translation>
    </message>
    <message>
        <source>refers to shared string %1, which does not exist</source>
        <translation>引用了不存在的共享字符串 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>文本长度超过 %1 个字符</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>Cannot write %1: the XLSX writer %2 is not installed beside the program.</source>
        <translation>无法写入 %1：程序旁未安装 XLSX 写入程序 %2。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the XLSX writer did not start (%2).</source>
        <translation>无法写入 %1：XLSX 写入程序未能启动（%2）。</translation>
    </message>
</context>
<context>
    <name>clientele</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 order lines.</source>
        <translation>一个 XLSX 工作表最多容纳 %1 条订单明细。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1: the sample can be written as .csv or .xlsx only.</source>
        <translation>%1：示例数据只能写成 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>The numbers of customers and order lines cannot be negative.</source>
        <translation>客户数和订单明细数不能为负数。</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
</context>
<context>
    <name>clientele::AddInteractionDialog</name>
    <message>
        <source>Add interaction</source>
        <translation>添加互动</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <source>e.g. follow-up, complaint, after-sales</source>
        <translation>例如：跟进、投诉、售后</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>渠道(&amp;C)</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>类型(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>摘要(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>负责人(&amp;W)</translation>
    </message>
</context>
<context>
    <name>clientele::AddNoteDialog</name>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>作者(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>clientele::AddSurveyResponseDialog</name>
    <message>
        <source>Add survey response</source>
        <translation>添加问卷答复</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <source>0–10, empty if not asked</source>
        <translation>0–10，未询问则留空</translation>
    </message>
    <message>
        <source>How likely is the customer to recommend us, from 0 (not at all) to 10 (extremely)?</source>
        <translation>客户向他人推荐我们的可能性有多大？从 0（完全不会）到 10（非常可能）。</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>&amp;NPS</source>
        <translation>NPS 净推荐值(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Satisfaction</source>
        <translation>满意度(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;omment</source>
        <translation>评论(&amp;O)</translation>
    </message>
    <message>
        <source>NPS must be a whole number from %1 to %2, or empty (got “%3”).</source>
        <translation>NPS 必须是 %1 到 %2 之间的整数，或留空（输入为“%3”）。</translation>
    </message>
</context>
<context>
    <name>clientele::AddToPlanDialog</name>
    <message>
        <source>Add to plan</source>
        <translation>加入计划</translation>
    </message>
    <message numerus="yes">
        <source>Add %n selected customer(s) to the hand-picked list of an execution item.</source>
        <translation>
            <numerusform>将选中的 %n 位客户加入某个执行事项的手选名单。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>计划(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Execution item:</source>
        <translation>执行事项(&amp;E):</translation>
    </message>
    <message>
        <source>No plan yet: make one on the Plans page.</source>
        <translation>还没有计划:请在&quot;策略规划&quot;页新建。</translation>
    </message>
    <message>
        <source>This plan has no execution items yet.</source>
        <translation>该计划还没有执行事项。</translation>
    </message>
</context>
<context>
    <name>clientele::AnalysisProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the analysis; the last finished one stays on screen</source>
        <translation>停止分析；屏幕上保留上一次完成的结果</translation>
    </message>
    <message>
        <source>Analysing customers…</source>
        <translation>正在分析客户…</translation>
    </message>
    <message>
        <source>Analysing: %1</source>
        <translation>分析中：%1</translation>
    </message>
</context>
<context>
    <name>clientele::AnalysisService</name>
    <message>
        <source>Saving the analysis</source>
        <translation>正在保存分析结果</translation>
    </message>
</context>
<context>
    <name>clientele::AtRiskTable</name>
    <message>
        <source>Customers at risk</source>
        <translation>流失风险客户</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>存活概率</translation>
    </message>
    <message>
        <source>Predicted CLV</source>
        <translation>预测生命周期价值</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Click a customer to open it in the customer list</source>
        <translation>单击客户即可在客户列表中打开</translation>
    </message>
</context>
<context>
    <name>clientele::BackupManager</name>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
    <message>
        <source>The backup %1 failed its integrity check</source>
        <translation>备份 %1 未通过完整性检查</translation>
    </message>
    <message>
        <source>Cannot write the backup %1</source>
        <translation>无法写入备份 %1</translation>
    </message>
    <message>
        <source>Cannot read the backup %1</source>
        <translation>无法读取备份 %1</translation>
    </message>
    <message>
        <source>Cannot move the damaged file %1 aside</source>
        <translation>无法移走已损坏的文件 %1</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1</source>
        <translation>无法用备份替换 %1</translation>
    </message>
</context>
<context>
    <name>clientele::ClvHistogramChart</name>
    <message>
        <source>Predicted lifetime value</source>
        <translation>预测客户生命周期价值</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message numerus="yes">
        <source>Predicted value of the next %n month(s), discounted, in %1</source>
        <translation>
            <numerusform>未来 %n 个月的预测价值（已折现，单位 %1）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 及以上</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s)</source>
        <translation>
            <numerusform>%1：%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>千%1</translation>
    </message>
</context>
<context>
    <name>clientele::CsvSheetReader</name>
    <message>
        <source>%1 has only one sheet</source>
        <translation>%1 只有一个工作表</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerDetailPane</name>
    <message>
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Select a customer to see their details.</source>
        <translation>选择一位客户以查看其详细信息。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2.</source>
        <translation>显示最新的 %1 条，共 %2 条。</translation>
    </message>
    <message>
        <source>Interactions (%1)</source>
        <translation>互动记录（%1）</translation>
    </message>
    <message>
        <source>Surveys (%1)</source>
        <translation>调查（%1）</translation>
    </message>
    <message>
        <source>import #%1 of %2 on %3</source>
        <translation>%3 的第 %1 次导入（%2）</translation>
    </message>
    <message>
        <source>import #%1 of %2, sheet %3, on %4</source>
        <translation>%4 的第 %1 次导入（%2，工作表 %3）</translation>
    </message>
    <message>
        <source>created by %1, row %2</source>
        <translation>由%1创建，第 %2 行</translation>
    </message>
    <message>
        <source>%1 changed by %2</source>
        <translation>%1 由%2修改</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>非导入数据</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>add interaction with %1</source>
        <translation>为 %1 添加互动</translation>
    </message>
    <message>
        <source>add note to %1</source>
        <translation>为 %1 添加备注</translation>
    </message>
    <message>
        <source>add survey response of %1</source>
        <translation>为 %1 添加问卷答复</translation>
    </message>
    <message>
        <source>Add &amp;interaction…</source>
        <translation>添加互动(&amp;I)…</translation>
    </message>
    <message>
        <source>Record a contact with this customer (Ctrl+Shift+I)</source>
        <translation>记录与该客户的一次联系（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <source>Add &amp;survey response…</source>
        <translation>添加问卷答复(&amp;S)…</translation>
    </message>
    <message>
        <source>Record this customer&apos;s NPS or satisfaction answer (Ctrl+Shift+U)</source>
        <translation>记录该客户的 NPS 或满意度答复（Ctrl+Shift+U）</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Write a dated note about this customer (Ctrl+Shift+M)</source>
        <translation>为该客户写一条带日期的备注（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>记录人：%1</translation>
    </message>
    <message>
        <source>Purchases (%1)</source>
        <translation>购买（%1）</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>备注（%1）</translation>
    </message>
    <message>
        <source>Add interaction: %1</source>
        <translation>添加互动：%1</translation>
    </message>
    <message>
        <source>Add survey response: %1</source>
        <translation>添加问卷答复：%1</translation>
    </message>
    <message>
        <source>Add note: %1</source>
        <translation>添加备注：%1</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerEditDialog</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation>编辑客户 %1</translation>
    </message>
    <message>
        <source>e.g. 00001 (kept exactly as typed)</source>
        <translation>例如 00001（按输入原样保存）</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>ToC (consumer)</source>
        <translation>ToC（个人消费者）</translation>
    </message>
    <message>
        <source>ToB (business)</source>
        <translation>ToB（企业客户）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>城市(&amp;Y)：</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>客户经理(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;WeChat:</source>
        <translation>微信(&amp;W)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>Agreed to receive marketing</source>
        <translation>同意接收营销信息</translation>
    </message>
    <message>
        <source>Marketing:</source>
        <translation>营销：</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> a month</source>
        <translation> 次/月</translation>
    </message>
    <message>
        <source>Contact &amp;limit:</source>
        <translation>联系上限(&amp;L)：</translation>
    </message>
    <message>
        <source>Crea&amp;ted:</source>
        <translation>创建日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerFilterBar</name>
    <message>
        <source>All owners</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无客户经理</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>客户经理(&amp;O)</translation>
    </message>
    <message>
        <source>T&amp;ag</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>%1 (dynamic)</source>
        <translation>%1（动态）</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部分层</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>All risk levels</source>
        <translation>全部风险等级</translation>
    </message>
    <message>
        <source>From the latest analysis</source>
        <translation>来自最近一次分析</translation>
    </message>
    <message>
        <source>Show all customers (Ctrl+Shift+L)</source>
        <translation>显示全部客户（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>T&amp;ier</source>
        <translation>分层(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>阶段(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>风险(&amp;R)</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerTableModel</name>
    <message>
        <source>ToB</source>
        <translation>ToB</translation>
    </message>
    <message>
        <source>ToC</source>
        <translation>ToC</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation>最近消费（天）</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>存活概率</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>预测生命周期价值</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>流失风险</translation>
    </message>
</context>
<context>
    <name>clientele::CustomersPage</name>
    <message>
        <source>add customer %1</source>
        <translation>添加客户 %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a customer (Ins, Ctrl+N)</source>
        <translation>添加客户（Ins、Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected customer (F2, Enter)</source>
        <translation>编辑所选客户（F2、Enter）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected customer (Del)</source>
        <translation>删除所选客户（Del）</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Search code, name, city or tag</source>
        <translation>搜索编号、名称、城市或标签</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>无数据库</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>Delete the customer %1 &quot;%2&quot;?</source>
        <translation>删除客户 %1“%2”？</translation>
    </message>
    <message>
        <source>These go with them: %1, %2 and %3.</source>
        <translation>以下数据将一并删除：%1、%2 和 %3。</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>此操作可以撤销。</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>delete customer %1</source>
        <translation>删除客户 %1</translation>
    </message>
    <message>
        <source>edit customer %1</source>
        <translation>编辑客户 %1</translation>
    </message>
    <message numerus="yes">
        <source>clear the owner of %n customer(s)</source>
        <translation>
            <numerusform>清除 %n 位客户的客户经理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>assign %n customer(s) to %1</source>
        <translation>
            <numerusform>将 %n 位客户分配给 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Add a tag to the selected customers (Ctrl+T)</source>
        <translation>为所选客户添加标签（Ctrl+T）</translation>
    </message>
    <message>
        <source>&amp;Remove tag…</source>
        <translation>移除标签(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove a tag from the selected customers (Ctrl+Shift+T)</source>
        <translation>从所选客户移除标签（Ctrl+Shift+T）</translation>
    </message>
    <message>
        <source>Assign o&amp;wner…</source>
        <translation>分配客户经理(&amp;W)…</translation>
    </message>
    <message>
        <source>Assign an owner to the selected customers (Ctrl+Shift+O)</source>
        <translation>为所选客户分配客户经理（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the selected customers, or the whole list, to XLSX or CSV (Ctrl+E)</source>
        <translation>将所选客户或整个列表导出为 XLSX 或 CSV（Ctrl+E）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln selected</source>
        <translation>
            <numerusform>%1，已选 %Ln 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 笔订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln 条互动记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln survey response(s)</source>
        <translation>
            <numerusform>%Ln 份问卷回复</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>显示全部列</translation>
    </message>
    <message numerus="yes">
        <source>Tag %1 added to %Ln customer(s).</source>
        <translation>
            <numerusform>已为 %Ln 位客户添加标签 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message numerus="yes">
        <source>Tag %1 removed from %Ln customer(s).</source>
        <translation>
            <numerusform>已从 %Ln 位客户移除标签 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message numerus="yes">
        <source>Owner cleared for %Ln customer(s).</source>
        <translation>
            <numerusform>已清除 %Ln 位客户的客户经理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) assigned to %1.</source>
        <translation>
            <numerusform>已将 %Ln 位客户分配给 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>分配客户经理</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln selected customer(s)</source>
        <translation>
            <numerusform>导出所选的 %Ln 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %Ln customer(s) of the list</source>
        <translation>
            <numerusform>导出列表中的 %Ln 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>正在导出客户…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 位客户导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add tag %1 to %n customer(s)</source>
        <translation>
            <numerusform>为 %n 位客户添加标签 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove tag %1 from %n customer(s)</source>
        <translation>
            <numerusform>从 %n 位客户移除标签 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>From the latest analysis: %1 · &lt;a href=&quot;clear&quot;&gt;Show all customers&lt;/a&gt;</source>
        <translation>按最新分析筛选：%1 · &lt;a href=&quot;clear&quot;&gt;显示全部客户&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s)</source>
        <translation>
            <numerusform>%1 / %Ln 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to &amp;plan…</source>
        <translation>加入计划(&amp;P)…</translation>
    </message>
    <message>
        <source>Add the selected customers to an execution item of a plan</source>
        <translation>把选中的客户加入某个计划的执行事项</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>正在加载客户…</translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation>%1 · 加载中…</translation>
    </message>
    <message numerus="yes">
        <source>Adding tag %1 to %Ln customer(s)…</source>
        <translation>
            <numerusform>正在为 %Ln 位客户添加标签 %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing tag %1 from %Ln customer(s)…</source>
        <translation>
            <numerusform>正在移除 %Ln 位客户的标签 %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clearing the owner of %Ln customer(s)…</source>
        <translation>
            <numerusform>正在清除 %Ln 位客户的客户经理…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigning %Ln customer(s) to %1…</source>
        <translation>
            <numerusform>正在将 %Ln 位客户分配给 %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>调查回复</translation>
    </message>
    <message>
        <source>RFM scores, tiers, lifecycle stages, churn risk and lifetime value are on the Segments page and in each customer&apos;s profile; plans and their effect on the Plans and Tracking pages.</source>
        <translation>RFM 评分、客户分层、生命周期阶段、流失风险和客户生命周期价值见“客户分层”页和每位客户的360°画像；策略规划及其效果见“策略规划”和“效果跟踪”页。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>clientele::DatabaseSession</name>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Clientele created a new, empty database:
%1

Fill it with demo data?</source>
        <translation>Clientele 已创建一个新的空数据库：
%1

是否填入演示数据？</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or use Open to open it.</source>
        <translation>%1 已存在。请选择新的文件名，或使用“打开”来打开它。</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Clientele cannot open %1.</source>
        <translation>Clientele 无法打开 %1。</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>There is no backup to restore it from.</source>
        <translation>没有可用于恢复的备份。</translation>
    </message>
    <message>
        <source>Restore the newest backup, from %1? The damaged file is kept beside it.</source>
        <translation>是否恢复最新的备份（%1）？损坏的文件会保留在原位置旁边。</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation>无法恢复该备份。</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Clientele cannot save a copy to %1.</source>
        <translation>Clientele 无法将副本保存到 %1。</translation>
    </message>
    <message>
        <source>Writing demo data…</source>
        <translation>正在写入演示数据…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>The demo data could not be written.</source>
        <translation>无法写入演示数据。</translation>
    </message>
</context>
<context>
    <name>clientele::FieldComboDelegate</name>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
</context>
<context>
    <name>clientele::GoalFormDialog</name>
    <message>
        <source>Edit SMART goal</source>
        <translation>编辑SMART目标</translation>
    </message>
    <message>
        <source>New SMART goal</source>
        <translation>新建SMART目标</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>指标(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>对象(&amp;P):</translation>
    </message>
    <message>
        <source>measure it, or enter it</source>
        <translation>从数据测量,或手工输入</translation>
    </message>
    <message>
        <source>&amp;Measure from data</source>
        <translation>从数据测量(&amp;M)</translation>
    </message>
    <message>
        <source>The KPI of the population in the last full quarter before the plan&apos;s period</source>
        <translation>计划周期开始前最近一个完整季度里该对象的指标值</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>基线(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标值(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>期限(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>截止日期(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>责任人(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N):</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>位客户</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>正在测量…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 to %3, %n customer(s)</source>
        <translation>
            <numerusform>%1,%2 至 %3,%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>No value for this population.</source>
        <translation>该对象没有可用数值。</translation>
    </message>
    <message>
        <source>Baseline: enter a number, or leave it empty.</source>
        <translation>基线:请输入数字,或留空。</translation>
    </message>
</context>
<context>
    <name>clientele::GoalTableModel</name>
    <message>
        <source>%1 to %2 (%3)%4</source>
        <translation>%1 至 %2(%3)%4</translation>
    </message>
    <message>
        <source>, so far</source>
        <translation>,截至目前</translation>
    </message>
    <message>
        <source>Measured on the data up to %1</source>
        <translation>按截至 %1 的数据测量</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>测量中…</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
</context>
<context>
    <name>clientele::GoalTargetChart</name>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>%1, %2 — by %3: %4</source>
        <translation>%1,%2 — 截至 %3:%4</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>clientele::ImportFilePage</name>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>CSV, TSV and text files in any common encoding, Excel workbooks (XLSX) and Excel 97-2003 workbooks (XLS).</source>
        <translation>支持任意常见编码的 CSV、TSV 和文本文件、Excel 工作簿（XLSX）以及 Excel 97-2003 工作簿（XLS）。</translation>
    </message>
    <message>
        <source>The spreadsheet to import</source>
        <translation>要导入的电子表格</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xls)</source>
        <translation>电子表格 (*.csv *.tsv *.txt *.xlsx *.xls)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Detected %1: %2</source>
        <translation>检测到 %1：%2</translation>
    </message>
    <message>
        <source>Read as %1, as chosen.</source>
        <translation>按所选编码 %1 读取。</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s); the first rows are read for the preview.</source>
        <translation>
            <numerusform>共 %n 列；预览只读取前面几行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ImportHistoryWidget</name>
    <message>
        <source>Roll back…</source>
        <translation>回滚…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>已回滚</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <source>Roll back an import</source>
        <translation>回滚导入</translation>
    </message>
    <message>
        <source>Roll back import #%1 of %2? The %3 rows it added are deleted, customers it created are deleted unless later data uses them, and the customer fields it changed are restored. A backup is made first.</source>
        <translation>回滚导入 #%1（%2）？该次导入新增的 %3 行将被删除；它新建的客户也将被删除（后续数据仍在使用的除外）；它修改过的客户字段将被恢复。回滚前会先创建备份。</translation>
    </message>
    <message>
        <source>Import #%1 was rolled back: %2 rows and %3 customers deleted, %4 fields restored, %5 customers kept because later data uses them.</source>
        <translation>导入 #%1 已回滚：删除了 %2 行和 %3 位客户，恢复了 %4 个字段，%5 位客户因后续数据仍在使用而保留。</translation>
    </message>
</context>
<context>
    <name>clientele::ImportJob</name>
    <message>
        <source>Row %1, column %2</source>
        <translation>第 %1 行，列 %2</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>列 %1</translation>
    </message>
</context>
<context>
    <name>clientele::ImportMappingPage</name>
    <message>
        <source>Strict: any rejected row, nothing is imported</source>
        <translation>严格：只要有一行被拒绝，就不导入任何数据</translation>
    </message>
    <message>
        <source>Lenient: rejected rows are skipped and listed</source>
        <translation>宽松：跳过被拒绝的行并列出</translation>
    </message>
    <message>
        <source>Columns and fields</source>
        <translation>列与字段</translation>
    </message>
    <message>
        <source>Choose the field each column fills, or ignore it.</source>
        <translation>为每一列选择要填入的字段，或忽略该列。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Sample 1</source>
        <translation>示例 1</translation>
    </message>
    <message>
        <source>Sample 2</source>
        <translation>示例 2</translation>
    </message>
    <message>
        <source>Sample 3</source>
        <translation>示例 3</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Save mapping as…</source>
        <translation>将映射另存为…</translation>
    </message>
    <message>
        <source>Decide from the data</source>
        <translation>根据数据判断</translation>
    </message>
    <message>
        <source>Day/month/year (31/12/2024)</source>
        <translation>日/月/年（31/12/2024）</translation>
    </message>
    <message>
        <source>Month/day/year (12/31/2024)</source>
        <translation>月/日/年（12/31/2024）</translation>
    </message>
    <message>
        <source>Year/month/day (2024/12/31)</source>
        <translation>年/月/日（2024/12/31）</translation>
    </message>
    <message>
        <source>Point (1,234.56)</source>
        <translation>小数点（1,234.56）</translation>
    </message>
    <message>
        <source>Comma (1.234,56)</source>
        <translation>逗号（1.234,56）</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Decimal symbol:</source>
        <translation>小数符号：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Fields chosen from the column names.</source>
        <translation>已根据列名选择字段。</translation>
    </message>
    <message>
        <source>Using the saved mapping &apos;%1&apos;.</source>
        <translation>正在使用已保存的映射“%1”。</translation>
    </message>
    <message>
        <source>Amount or Unit price</source>
        <translation>金额或单价</translation>
    </message>
    <message>
        <source>Not mapped yet: %1</source>
        <translation>尚未映射：%1</translation>
    </message>
    <message>
        <source>Chosen for more than one column: %1</source>
        <translation>被多列重复选择：%1</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <source>Name of the mapping (offered again for files with the same columns):</source>
        <translation>映射名称（列相同的文件会再次提供此映射）：</translation>
    </message>
</context>
<context>
    <name>clientele::ImportPage</name>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>导入电子表格…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Bring in customers, orders, interactions, surveys and customer summaries from CSV, XLSX and XLS files. You can also drop a file on the window. Every import can be rolled back.</source>
        <translation>从 CSV、XLSX 和 XLS 文件导入客户、订单、互动记录、调查问卷和客户汇总。也可以将文件拖放到窗口中。每次导入都可以回滚。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
</context>
<context>
    <name>clientele::ImportPreviewPage</name>
    <message>
        <source>Rejected rows only</source>
        <translation>仅显示被拒绝的行</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>A trial run of the whole import: nothing is written until you choose Import.</source>
        <translation>对整个导入进行试运行：在您选择“导入”之前，不会写入任何数据。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Filter by row, field, value or reason</source>
        <translation>按行、字段、值或原因筛选</translation>
    </message>
    <message>
        <source>First rows as stored</source>
        <translation>存储后的前几行</translation>
    </message>
    <message>
        <source>What each row does</source>
        <translation>每一行的处理方式</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>读取行数：%1</translation>
    </message>
    <message>
        <source>Customers to create: %1</source>
        <translation>将新建客户：%1</translation>
    </message>
    <message>
        <source>Customers to update: %1</source>
        <translation>将更新客户：%1</translation>
    </message>
    <message>
        <source>Rows to add: %1</source>
        <translation>将新增行：%1</translation>
    </message>
    <message>
        <source>New customers: %1</source>
        <translation>新客户：%1</translation>
    </message>
    <message>
        <source>Duplicates: %1</source>
        <translation>重复：%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>Without customer: %1</source>
        <translation>无客户：%1</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 problems are listed.</source>
        <translation>仅列出 %2 个问题中的前 %1 个。</translation>
    </message>
    <message numerus="yes">
        <source>Strict mode: %n row(s) would be rejected, so nothing would be imported. Fix the file, or go back and choose lenient mode to skip them.</source>
        <translation>
            <numerusform>严格模式：将有 %n 行被拒绝，因此不会导入任何数据。请修正文件，或返回并选择宽松模式以跳过这些行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import. Nothing has been written yet.</source>
        <translation>可以导入。尚未写入任何数据。</translation>
    </message>
    <message>
        <source>Go back to choose the date order, the decimal symbol or other columns.</source>
        <translation>返回以选择日期顺序、小数符号或其他列。</translation>
    </message>
    <message>
        <source>The file cannot be imported like this</source>
        <translation>该文件无法按当前设置导入</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Change the mapping or the date order</source>
        <translation>更改映射或日期顺序</translation>
    </message>
</context>
<context>
    <name>clientele::ImportReportModel</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>New, no customer</source>
        <translation>新增，无客户</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>clientele::ImportRunPage</name>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Everything is written in one transaction: a cancelled import changes nothing.</source>
        <translation>所有数据在同一个事务中写入：取消导入不会改变任何数据。</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was written…</source>
        <translation>正在取消：撤销已写入的内容…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Reading the file to decide dates and numbers…</source>
        <translation>正在读取文件以确定日期和数字格式…</translation>
    </message>
    <message>
        <source>Importing rows…</source>
        <translation>正在导入行…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 行/秒</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>大约剩余 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>大约剩余 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed; nothing was written.</source>
        <translation>导入失败；未写入任何数据。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何数据。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
</context>
<context>
    <name>clientele::ImportSheetPage</name>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Sheet and contents</source>
        <translation>工作表与内容</translation>
    </message>
    <message>
        <source>Choose what the rows of the file are.</source>
        <translation>选择文件中各行的数据类型。</translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation>各行内容：</translation>
    </message>
    <message numerus="yes">
        <source>%1, sheet &quot;%2&quot;: %n column(s).</source>
        <translation>
            <numerusform>%1，工作表“%2”：%n 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation>正在读取工作表…</translation>
    </message>
    <message>
        <source>Required: %1
Optional: %2</source>
        <translation>必填：%1
可选：%2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>clientele::ImportSummaryPage</name>
    <message>
        <source>Save error report…</source>
        <translation>保存错误报告…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>The import was cancelled. The database is as it was.</source>
        <translation>导入已取消。数据库保持原样。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) were rejected in strict mode.</source>
        <translation>
            <numerusform>未导入任何数据：严格模式下有 %n 行被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 as import #%2.</source>
        <translation>已导入 %1，导入编号 #%2。</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>读取行数：%1</translation>
    </message>
    <message>
        <source>Rows imported: %1</source>
        <translation>导入行数：%1</translation>
    </message>
    <message>
        <source>Customers created: %1</source>
        <translation>新建客户：%1</translation>
    </message>
    <message>
        <source>Customers updated: %1</source>
        <translation>更新客户：%1</translation>
    </message>
    <message>
        <source>Duplicates: %1</source>
        <translation>重复：%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>Without customer: %1</source>
        <translation>无客户：%1</translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation>耗时：%1 秒</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>What the import did. Every import can be rolled back from the import history.</source>
        <translation>本次导入的结果。每次导入都可以在导入历史中回滚。</translation>
    </message>
</context>
<context>
    <name>clientele::ImportWizard</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
</context>
<context>
    <name>clientele::ItemFormDialog</name>
    <message>
        <source>Edit execution item</source>
        <translation>编辑执行事项</translation>
    </message>
    <message>
        <source>New execution item</source>
        <translation>新建执行事项</translation>
    </message>
    <message>
        <source>(written freely)</source>
        <translation>(自行填写)</translation>
    </message>
    <message>
        <source>&amp;Playbook:</source>
        <translation>策略模板(&amp;P):</translation>
    </message>
    <message>
        <source>a name for the list</source>
        <translation>名单名称</translation>
    </message>
    <message>
        <source>&amp;Tier / segment:</source>
        <translation>分层/客群(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>策略(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>措施(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>责任人(&amp;O):</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>起止日期(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Resources:</source>
        <translation>资源(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>预算(&amp;B):</translation>
    </message>
    <message>
        <source>E&amp;xpected effect:</source>
        <translation>预期效果(&amp;X):</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A):</translation>
    </message>
    <message>
        <source>Share of the linked customers held out as a control group (never contacted)</source>
        <translation>关联客户中留作对照组(不接触)的比例</translation>
    </message>
    <message>
        <source>&amp;Held out:</source>
        <translation>对照组(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Link the customers of this tier or stage (latest analysis)</source>
        <translation>关联该分层或阶段的客户(最新分析)(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) linked</source>
        <translation>
            <numerusform>已关联 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>客户:</translation>
    </message>
    <message>
        <source>Budget: enter an amount such as 5000 or 5,000.00.</source>
        <translation>预算:请输入金额,例如 5000 或 5,000.00。</translation>
    </message>
</context>
<context>
    <name>clientele::ItemTableModel</name>
    <message>
        <source>%1 target and %2 control (held-out) customers</source>
        <translation>%1 位目标客户,%2 位对照组客户</translation>
    </message>
    <message>
        <source>%1 + %2 held out</source>
        <translation>%1 + 对照 %2</translation>
    </message>
    <message>
        <source>Tier / segment</source>
        <translation>分层/客群</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>预期效果</translation>
    </message>
</context>
<context>
    <name>clientele::KpiCard</name>
    <message>
        <source>Population:</source>
        <translation>统计对象：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>较 %2 %1</translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation>%1 无数值</translation>
    </message>
</context>
<context>
    <name>clientele::LifecycleFunnelChart</name>
    <message>
        <source>Lifecycle stages</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
</context>
<context>
    <name>clientele::MainWindow</name>
    <message>
        <source>Clientele databases (*.clientele *.db *.sqlite);;All files (*)</source>
        <translation>Clientele 数据库 (*.clientele *.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>策略规划</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>效果跟踪</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>另存副本(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>编辑客户(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete customer</source>
        <translation>删除客户(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Clientele</source>
        <translation>关于 Clientele(&amp;A)</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>没有最近打开的数据库</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Clientele</source>
        <translation>Clientele</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>%1 — Clientele</source>
        <translation>%1 — Clientele</translation>
    </message>
    <message>
        <source>%1 — counting…</source>
        <translation>%1 — 正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>已将副本保存到 %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language applies after restart.</source>
        <translation>新的语言将在重新启动后生效。</translation>
    </message>
    <message>
        <source>About Clientele</source>
        <translation>关于 Clientele</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clientele %1&lt;/h3&gt;&lt;p&gt;A customer-lifecycle manager for account managers: customers, orders, segments, plans and quarterly reviews.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clientele %1&lt;/h3&gt;&lt;p&gt;面向客户经理的客户生命周期管理工具：客户、订单、客户分层、策略规划和季度经营回检。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln 条互动记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) added to the plan (undo on the Plans page)</source>
        <translation>
            <numerusform>已将 %n 位客户加入计划(可在&quot;策略规划&quot;页撤销)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::NextBestActionsPanel</name>
    <message>
        <source>&amp;Log contact…</source>
        <translation>记录联系(&amp;L)…</translation>
    </message>
    <message>
        <source>Account manager:</source>
        <translation>客户经理:</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>日期:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Playbook measure</source>
        <translation>策略模板措施</translation>
    </message>
    <message>
        <source>&lt;b&gt;Held back&lt;/b&gt; (no marketing consent, or the month&apos;s contact limit reached)</source>
        <translation>&lt;b&gt;暂缓联系&lt;/b&gt;(未同意营销联系,或本月联系次数已达上限)</translation>
    </message>
    <message>
        <source>Held back because</source>
        <translation>暂缓原因</translation>
    </message>
    <message>
        <source>All account managers</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <source>Finding…</source>
        <translation>正在查找…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to contact</source>
        <translation>
            <numerusform>需联系 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n held back</source>
        <translation>
            <numerusform>,暂缓 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>Log contact with %1</source>
        <translation>记录与 %1 的联系</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O):</translation>
    </message>
    <message>
        <source>Next best actions</source>
        <translation>下一步行动</translation>
    </message>
</context>
<context>
    <name>clientele::NpsHistoryChart</name>
    <message>
        <source>NPS answers</source>
        <translation>NPS 答复</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>NPS (0–10)</source>
        <translation>NPS（0–10）</translation>
    </message>
    <message>
        <source>%1: NPS %2</source>
        <translation>%1：NPS %2</translation>
    </message>
    <message>
        <source>NPS answers: none yet</source>
        <translation>NPS 答复：暂无</translation>
    </message>
</context>
<context>
    <name>clientele::OrderLineTableModel</name>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>clientele::OwnerPickerDialog</name>
    <message>
        <source>Assign owner</source>
        <translation>分配客户经理</translation>
    </message>
    <message>
        <source>empty: no owner</source>
        <translation>留空：无客户经理</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>客户经理(&amp;O)：</translation>
    </message>
    <message numerus="yes">
        <source>Give %n selected customer(s) this owner.</source>
        <translation>
            <numerusform>为所选的 %n 位客户指定此客户经理。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::PeriodPicker</name>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>周期(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>clientele::PlaceholderPage</name>
    <message>
        <source>This page is not built yet.</source>
        <translation>此页面尚未完成。</translation>
    </message>
</context>
<context>
    <name>clientele::PlanFormDialog</name>
    <message>
        <source>Edit plan</source>
        <translation>编辑计划</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>2024, 2024Q2 or 2024-05</source>
        <translation>2024、2024Q2 或 2024-05</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>周期(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Tier model:</source>
        <translation>分层模型(&amp;T):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O):</translation>
    </message>
</context>
<context>
    <name>clientele::PlansPage</name>
    <message>
        <source>&lt;b&gt;Plans&lt;/b&gt;</source>
        <translation>&lt;b&gt;执行计划&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>正在测量…</translation>
    </message>
    <message>
        <source>&lt;b&gt;SMART goals&lt;/b&gt;</source>
        <translation>&lt;b&gt;SMART目标&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New goal…</source>
        <translation>新建目标…</translation>
    </message>
    <message>
        <source>Add a SMART goal (Ins)</source>
        <translation>新增SMART目标(Ins)</translation>
    </message>
    <message>
        <source>Edit goal…</source>
        <translation>编辑目标…</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Measure again</source>
        <translation>重新测量</translation>
    </message>
    <message>
        <source>&lt;b&gt;Execution plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;执行计划表&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>新建事项…</translation>
    </message>
    <message>
        <source>Add an execution item (Ins)</source>
        <translation>新增执行事项(Ins)</translation>
    </message>
    <message>
        <source>Open item…</source>
        <translation>打开事项…</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>删除事项</translation>
    </message>
    <message>
        <source>Filter items</source>
        <translation>筛选事项</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&lt;b&gt;Progress notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;进展记录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What happened? (Enter adds the note)</source>
        <translation>有什么进展?(回车添加)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measured effect&lt;/b&gt;</source>
        <translation>&lt;b&gt;实测效果&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select an execution item.</source>
        <translation>请选择一个执行事项。</translation>
    </message>
    <message>
        <source>Measure the effect</source>
        <translation>测量效果</translation>
    </message>
    <message>
        <source>Compare the item&apos;s customers with control customers over its dates</source>
        <translation>在事项起止日期内将其客户与对照组客户比较</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>策略规划</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>策略模板</translation>
    </message>
    <message>
        <source>Edit execution item</source>
        <translation>编辑执行事项</translation>
    </message>
    <message>
        <source>No plan yet: “New plan…” starts one.</source>
        <translation>还没有计划:点击&quot;新建…&quot;创建。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2,%3</translation>
    </message>
    <message>
        <source>The item ended on %1: “Measure the effect” compares its customers with control customers.</source>
        <translation>该事项已于 %1 结束:&quot;测量效果&quot;会将其客户与对照组客户比较。</translation>
    </message>
    <message>
        <source>The effect can be measured once the item has ended.</source>
        <translation>事项结束后即可测量效果。</translation>
    </message>
    <message>
        <source>New plan “%1”</source>
        <translation>新建计划&quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit plan “%1”</source>
        <translation>编辑计划&quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Delete the plan “%1” with its goals, execution items and their notes? Edit ▸ Undo puts them back.</source>
        <translation>删除计划&quot;%1&quot;及其目标、执行事项和进展记录?可用&quot;编辑 ▸ 撤销&quot;恢复。</translation>
    </message>
    <message>
        <source>Delete plan “%1”</source>
        <translation>删除计划&quot;%1&quot;</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <source>New execution item</source>
        <translation>新建执行事项</translation>
    </message>
    <message>
        <source>Delete execution item</source>
        <translation>删除执行事项</translation>
    </message>
    <message numerus="yes">
        <source>Add %n customer(s) to “%1”</source>
        <translation>
            <numerusform>向&quot;%1&quot;加入 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Add progress note</source>
        <translation>添加进展记录</translation>
    </message>
    <message>
        <source>Measuring the effect…</source>
        <translation>正在测量效果…</translation>
    </message>
    <message>
        <source>%1 to %2: %3 target and %4 control customers (%5).</source>
        <translation>%1 至 %2:%3 位目标客户,%4 位对照组客户(%5)。</translation>
    </message>
    <message>
        <source>held out</source>
        <translation>预留对照组</translation>
    </message>
    <message>
        <source>matched on tier and RFM</source>
        <translation>按分层和RFM匹配</translation>
    </message>
    <message>
        <source>no control group</source>
        <translation>无对照组</translation>
    </message>
</context>
<context>
    <name>clientele::PlaybooksPanel</name>
    <message>
        <source>For every target</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Put the built-in template&apos;s texts back</source>
        <translation>恢复内置模板的原文</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>适用于:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>目标(&amp;G):</translation>
    </message>
    <message>
        <source>One measure a line</source>
        <translation>每行一条措施</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>措施(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Owner role:</source>
        <translation>责任团队(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Cadence:</source>
        <translation>节奏(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Resources:</source>
        <translation>资源(&amp;R):</translation>
    </message>
    <message>
        <source>E&amp;xpected effect:</source>
        <translation>预期效果(&amp;X):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>指标(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>保存模板(&amp;S)</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation>(已停用)</translation>
    </message>
    <message>
        <source> (own)</source>
        <translation>(自建)</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation>(已修改)</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>策略模板</translation>
    </message>
    <message>
        <source>Built-in template, edited</source>
        <translation>内置模板,已修改</translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation>内置模板</translation>
    </message>
    <message>
        <source>Your own template</source>
        <translation>自建模板</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Edit template “%1”</source>
        <translation>编辑模板&quot;%1&quot;</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新模板</translation>
    </message>
    <message>
        <source>First measure</source>
        <translation>第一条措施</translation>
    </message>
    <message>
        <source>Duplicate template</source>
        <translation>复制模板</translation>
    </message>
    <message>
        <source>Retire template</source>
        <translation>停用模板</translation>
    </message>
    <message>
        <source>Restore template</source>
        <translation>恢复使用模板</translation>
    </message>
    <message>
        <source>Reset template</source>
        <translation>恢复模板默认</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
</context>
<context>
    <name>clientele::ProfileOverview</name>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>No analysis yet: the scores appear once it has run.</source>
        <translation>尚无分析：分析运行后即显示评分。</translation>
    </message>
    <message>
        <source>Not in the analysis as of %1 (added since?).</source>
        <translation>不在截至 %1 的分析中（之后新增的？）。</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>存活概率 P(alive)</translation>
    </message>
    <message>
        <source>Purchases expected in 90 days</source>
        <translation>未来 90 天预计购买次数</translation>
    </message>
    <message>
        <source>Predicted lifetime value</source>
        <translation>预测客户生命周期价值</translation>
    </message>
    <message>
        <source> (from history)</source>
        <translation>（依据历史）</translation>
    </message>
    <message>
        <source>Why these scores</source>
        <translation>评分依据</translation>
    </message>
    <message>
        <source>Churn risk: %1</source>
        <translation>流失风险：%1</translation>
    </message>
    <message>
        <source>From the analysis as of %1; being recomputed with the latest changes.</source>
        <translation>来自截至 %1 的分析；正在根据最新变更重新计算。</translation>
    </message>
    <message>
        <source>From the analysis as of %1.</source>
        <translation>来自截至 %1 的分析。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>静态标签</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>动态标签</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region / city</source>
        <translation>地区 / 城市</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>no consent: do not send marketing</source>
        <translation>未同意：不得发送营销信息</translation>
    </message>
    <message>
        <source>consented, at most %1 contacts a month</source>
        <translation>已同意，每月最多联系 %1 次</translation>
    </message>
    <message>
        <source>consented, no contact limit</source>
        <translation>已同意，无联系次数限制</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注说明</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%2 起%1</translation>
    </message>
    <message>
        <source>Lifecycle: %1</source>
        <translation>生命周期：%1</translation>
    </message>
</context>
<context>
    <name>clientele::PurchaseChart</name>
    <message>
        <source>Amount per month</source>
        <translation>每月金额</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>净金额</translation>
    </message>
    <message>
        <source>Months with orders</source>
        <translation>有订单的月份</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %n order(s)</source>
        <translation>
            <numerusform>%1：%2，共 %n 笔订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>Amount per month: no purchases yet</source>
        <translation>每月金额：尚无购买</translation>
    </message>
</context>
<context>
    <name>clientele::ReportAppendixSection</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>计算公式</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>统计对象</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
</context>
<context>
    <name>clientele::ReportCanvas</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>clientele::ReportCoverSection</name>
    <message>
        <source>Quarterly customer review</source>
        <translation>客户季度复盘</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>对比 %1</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>编制人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
</context>
<context>
    <name>clientele::ReportDecisionsSection</name>
    <message>
        <source>Adjustment suggestions</source>
        <translation>调整建议</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Review findings</source>
        <translation>复盘发现</translation>
    </message>
</context>
<context>
    <name>clientele::ReportFunnelSection</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>clientele::ReportKpiSection</name>
    <message>
        <source>Each card shows the figure of %1, the figure of %2 and the change between them. The appendix defines every figure.</source>
        <translation>每张卡片显示 %1 的数值、%2 的数值及两者之间的变化。各指标的定义见附录。</translation>
    </message>
    <message>
        <source>Previous: %1</source>
        <translation>上期：%1</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>No goal set</source>
        <translation>未设定目标</translation>
    </message>
    <message>
        <source>Not available for this period: %1.</source>
        <translation>本期无法计算：%1。</translation>
    </message>
</context>
<context>
    <name>clientele::ReportMigrationSection</name>
    <message>
        <source>Rows: the tier at the end of %1; columns: the tier at the end of %2. Each cell gives the number of customers and their net purchases in %2; the diagonal stayed in their tier.</source>
        <translation>行：%1 期末所在层级；列：%2 期末所在层级。每格给出客户数及其在 %2 的净消费额；对角线上的客户层级未变。</translation>
    </message>
    <message>
        <source>From \ to</source>
        <translation>从 \ 到</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>clientele::ReportPlanSection</name>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>预期效果</translation>
    </message>
    <message>
        <source>Measured effect</source>
        <translation>实测效果</translation>
    </message>
</context>
<context>
    <name>clientele::ReportRiskSection</name>
    <message>
        <source>%1 of %2 customers at high risk, those with the largest purchases first.</source>
        <translation>%2 位高风险客户中的 %1 位，按消费金额从高到低排列。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>建议行动</translation>
    </message>
</context>
<context>
    <name>clientele::ReportTierSection</name>
    <message>
        <source>Tier model: %1.</source>
        <translation>分层模型：%1。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Net purchases in period</source>
        <translation>本期净消费额</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
</context>
<context>
    <name>clientele::ReportTrackingSection</name>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Repurchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <source>Adjustment suggestion</source>
        <translation>调整建议</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>SMART goals: target and current value</source>
        <translation>SMART 目标：目标值与当前值</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Goals in percent: target and current</source>
        <translation>百分比目标：目标值与当前值</translation>
    </message>
    <message>
        <source>Goals in points: target and current</source>
        <translation>分值目标：目标值与当前值</translation>
    </message>
    <message>
        <source>Goals in money: target and current</source>
        <translation>金额目标：目标值与当前值</translation>
    </message>
    <message>
        <source>Goals in customers: target and current</source>
        <translation>客户数目标：目标值与当前值</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>统计对象</translation>
    </message>
    <message>
        <source>%1, %2 (%3): could not be measured: %4</source>
        <translation>%1，%2（%3）：无法测量：%4</translation>
    </message>
</context>
<context>
    <name>clientele::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>The quarterly customer review: key figures against the previous period, tiers and their migration, the lifecycle funnel, effect tracking and the customers most at risk, for print or as a PDF.</source>
        <translation>客户季度复盘：关键指标与上期对比、客户分层及其迁移、生命周期漏斗、效果跟踪以及流失风险最高的客户，可打印或导出为 PDF。</translation>
    </message>
    <message>
        <source>A quarter such as 2011Q3, a month (2011-07) or a year (2011).</source>
        <translation>季度如 2011Q3，月份如 2011-07，年份如 2011。</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸 (Letter)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Sections (tick to include, order with Up and Down)</source>
        <translation>报告章节（勾选以包含，用上移和下移调整顺序）</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>无法生成报告：%1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Open a database to make a report.</source>
        <translation>请先打开数据库再生成报告。</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Analysing the customer base…</source>
        <translation>正在分析客户群…</translation>
    </message>
    <message>
        <source>Report for %1 ready.</source>
        <translation>%1 的报告已生成。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 页写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Quarterly review %1</source>
        <translation>%1 季度复盘</translation>
    </message>
</context>
<context>
    <name>clientele::ReviewFormDialog</name>
    <message>
        <source>Edit review record</source>
        <translation>编辑复盘记录</translation>
    </message>
    <message>
        <source>New review record</source>
        <translation>新建复盘记录</translation>
    </message>
    <message>
        <source>(general)</source>
        <translation>(通用)</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>计划(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Cadence:</source>
        <translation>节奏(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D):</translation>
    </message>
    <message>
        <source>P&amp;articipants:</source>
        <translation>参与人(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>发现(&amp;F):</translation>
    </message>
    <message>
        <source>D&amp;ecisions:</source>
        <translation>决定(&amp;E):</translation>
    </message>
    <message>
        <source>Plan c&amp;hanges:</source>
        <translation>计划调整(&amp;H):</translation>
    </message>
</context>
<context>
    <name>clientele::RiskTableModel</name>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>How it shows</source>
        <translation>表现</translation>
    </message>
    <message>
        <source>How to avoid it</source>
        <translation>规避方法</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>clientele::SampleGenerator</name>
    <message>
        <source>The numbers of customers and order lines cannot be negative.</source>
        <translation>客户数和订单明细数不能为负数。</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentsPage</name>
    <message>
        <source>RFM heatmap: recency × frequency</source>
        <translation>RFM 热力图：最近消费时间 × 消费频率</translation>
    </message>
    <message>
        <source>Frequency score (F)</source>
        <translation>消费频率评分 (F)</translation>
    </message>
    <message>
        <source>Recency score (R)</source>
        <translation>最近消费时间评分 (R)</translation>
    </message>
    <message>
        <source>Customers per cell</source>
        <translation>每格客户数</translation>
    </message>
    <message>
        <source>Customers most at risk</source>
        <translation>流失风险最高的客户</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Recompute</source>
        <translation>重新计算(&amp;R)</translation>
    </message>
    <message>
        <source>Analyse every customer again with the current data</source>
        <translation>用当前数据重新分析所有客户</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Analysing the customers…</source>
        <translation>正在分析客户…</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>分析失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>As of %1 · %n customer(s) · tier model %2</source>
        <translation>
            <numerusform>截至 %1 · %n 位客户 · 分层模型 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation>尚未分析。</translation>
    </message>
    <message numerus="yes">
        <source>R %1 · F %2: %n customer(s)</source>
        <translation>
            <numerusform>R %1 · F %2：%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Average M: %1 a year (M score %2)</source>
        <translation>平均消费金额：每年 %1（M 评分 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) without purchases are not scored and not in the grid.</source>
        <translation>
            <numerusform>%n 位未消费的客户没有评分，不在网格中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Calculating the KPIs of %1…</source>
        <translation>正在计算 %1 的指标…</translation>
    </message>
    <message>
        <source>%1: %2 – %3, compared with %4. Hover over a card for its definition.</source>
        <translation>%1：%2 – %3，对比 %4。鼠标悬停在卡片上可查看指标定义。</translation>
    </message>
</context>
<context>
    <name>clientele::SettingsPage</name>
    <message>
        <source>no tier</source>
        <translation>无层级</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>恢复默认(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Show the stored settings again, dropping the changes not applied</source>
        <translation>重新显示已保存的设置，放弃尚未应用的更改</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Counting the customers who would change tier…</source>
        <translation>正在统计将改变层级的客户…</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>&amp;Scoring scheme:</source>
        <translation>评分方案(&amp;S)：</translation>
    </message>
    <message>
        <source>Quintiles: each of R, F and M is scored 1–5 by the customer&apos;s place among all customers who bought (the best fifth scores 5). Nothing to set; equal values get equal scores.</source>
        <translation>五分位：R、F、M 各按客户在所有已购买客户中的位置评 1–5 分（最好的五分之一得 5 分）。无需设置；数值相同则得分相同。</translation>
    </message>
    <message>
        <source>Name of the new scheme</source>
        <translation>新方案名称</translation>
    </message>
    <message>
        <source>Save as &amp;new scheme</source>
        <translation>另存为新方案(&amp;N)</translation>
    </message>
    <message>
        <source>Built-in schemes are never changed: store the edited boundaries under a new name</source>
        <translation>内置方案不会被修改：请将编辑后的分界值以新名称保存</translation>
    </message>
    <message>
        <source>&amp;Tier model:</source>
        <translation>分层模型(&amp;T)：</translation>
    </message>
    <message>
        <source>Effect:</source>
        <translation>影响：</translation>
    </message>
    <message>
        <source>Analysis date</source>
        <translation>分析日期</translation>
    </message>
    <message>
        <source>The &amp;latest order in the database</source>
        <translation>数据库中最近一笔订单的日期(&amp;L)</translation>
    </message>
    <message>
        <source>A &amp;fixed date:</source>
        <translation>固定日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Scores, tiers and stages are computed as of this date; only data up to it counts.</source>
        <translation>评分、层级和生命周期阶段均按此日期计算；只统计截至该日期的数据。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>货币(&amp;U)：</translation>
    </message>
    <message>
        <source>S&amp;ymbol</source>
        <translation>符号(&amp;Y)</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>代码(&amp;O)</translation>
    </message>
    <message>
        <source>Show as:</source>
        <translation>显示为：</translation>
    </message>
    <message>
        <source>2 (exact cents)</source>
        <translation>2 位（精确到分）</translation>
    </message>
    <message>
        <source>0 (whole units)</source>
        <translation>0 位（取整到元）</translation>
    </message>
    <message>
        <source>D&amp;ecimals:</source>
        <translation>小数位(&amp;E)：</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>Amounts are shown in this currency; they are not converted.</source>
        <translation>金额以此货币显示，不做汇率换算。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Shown on the report cover</source>
        <translation>显示在报告封面上</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;hoose logo…</source>
        <translation>选择标志(&amp;H)…</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>移除标志(&amp;M)</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <source>The logo is copied into the database, so the report keeps it when the picked file moves.</source>
        <translation>标志会复制到数据库中，原文件移动后报告仍能使用。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Each customer kind&apos;s default (ToC: four tiers, ToB: ToB tiers)</source>
        <translation>按客户类型使用默认模型（ToC：四层级；ToB：ToB 层级）</translation>
    </message>
    <message>
        <source>ToC customers get “%1”, ToB customers “%2”. The ToC map:</source>
        <translation>ToC 客户使用“%1”，ToB 客户使用“%2”。ToC 分层图：</translation>
    </message>
    <message>
        <source>Customers who never bought: %1</source>
        <translation>从未购买的客户：%1</translation>
    </message>
    <message>
        <source>✔ Checked: every cell of the map belongs to exactly one tier, and every tier is reachable.</source>
        <translation>✔ 已检查：分层图的每个格子恰好属于一个层级，且每个层级都可达。</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>选择标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.svg);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.svg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 2 MB; pick a smaller logo.</source>
        <translation>%1 大于 2 MB；请选择更小的标志。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an image Clientele can read (PNG, JPEG, BMP, SVG).</source>
        <translation>%1 不是 Clientele 能读取的图片（PNG、JPEG、BMP、SVG）。</translation>
    </message>
    <message>
        <source>The currency code “%1” is not three letters (ISO 4217, e.g. CNY, USD).</source>
        <translation>货币代码“%1”不是三个字母（ISO 4217，例如 CNY、USD）。</translation>
    </message>
    <message>
        <source>The tier model “%1” has gaps or overlaps; pick another one.</source>
        <translation>分层模型“%1”存在空缺或重叠，请选择其他模型。</translation>
    </message>
    <message>
        <source>The count of customers who would change tier appears once the analysis has run.</source>
        <translation>分析完成后，这里会显示将改变层级的客户数。</translation>
    </message>
    <message>
        <source>No count while the boundaries are not in order.</source>
        <translation>分界值顺序不正确时不统计。</translation>
    </message>
    <message numerus="yes">
        <source>No customer changes tier (of %Ln analysed).</source>
        <translation>
            <numerusform>没有客户改变层级（共分析 %Ln 位客户）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %L3</source>
        <translation>%1 → %2：%L3</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) change tier (%1)</source>
        <translation>
            <numerusform>%Ln 位客户改变层级（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name for the new scheme beside “Save as new scheme”.</source>
        <translation>请在“另存为新方案”旁输入新方案的名称。</translation>
    </message>
    <message>
        <source>Saved as the scheme “%1”. Apply to analyse with it.</source>
        <translation>已保存为方案“%1”。点击“应用”后按此方案分析。</translation>
    </message>
    <message>
        <source>“%1” is built in and is never changed: save the edited boundaries as a new scheme, or revert them.</source>
        <translation>“%1”是内置方案，不会被修改：请将编辑后的分界值另存为新方案，或还原。</translation>
    </message>
    <message>
        <source>Settings applied.</source>
        <translation>设置已应用。</translation>
    </message>
    <message>
        <source>The new language takes effect after restart.</source>
        <translation>新的语言在重启后生效。</translation>
    </message>
    <message>
        <source>The analysis is being recomputed.</source>
        <translation>正在重新计算分析。</translation>
    </message>
    <message>
        <source>The stored settings are shown again.</source>
        <translation>已重新显示保存的设置。</translation>
    </message>
    <message>
        <source>Defaults filled in; Apply stores them.</source>
        <translation>已填入默认值；点击“应用”后保存。</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the moves in &quot;154 customers change tier (A → B: 83, C → D: 31)&quot;.</extracomment>
        <translation>，</translation>
    </message>
    <message>
        <source>● Changes not applied</source>
        <translation>● 有未应用的更改</translation>
    </message>
    <message>
        <source>Apply stores them; Revert drops them</source>
        <translation>“应用”保存这些更改；“还原”放弃这些更改</translation>
    </message>
    <message>
        <source>Counting the customers this map&apos;s edits move…</source>
        <translation>正在统计此分层图的修改会使多少客户改变层级…</translation>
    </message>
    <message>
        <source>Tier map</source>
        <translation>分层图</translation>
    </message>
    <message>
        <source>Every cell of a map belongs to exactly one tier. Select cells (Ctrl or Shift for more) and give them to a tier; Apply stores the edited maps.</source>
        <translation>分层图的每个格子恰好属于一个层级。选中格子（按住 Ctrl 或 Shift 可多选）后指定给某个层级；“应用”保存修改后的分层图。</translation>
    </message>
    <message>
        <source>The edited map “%1” has cells with no tier or with more than one: give each of them one tier before applying.</source>
        <translation>修改后的分层图“%1”有不属于任何层级或属于多个层级的格子：应用前请为每个格子指定一个层级。</translation>
    </message>
    <message>
        <source>The count of customers this map&apos;s edits move appears once the analysis has run.</source>
        <translation>分析运行后，这里会显示此分层图的修改使多少客户改变层级。</translation>
    </message>
    <message>
        <source>No edits to this map yet.</source>
        <translation>此分层图尚未修改。</translation>
    </message>
    <message numerus="yes">
        <source>This map&apos;s edits move no customer (of %Ln analysed).</source>
        <translation>
            <numerusform>此分层图的修改不会使任何客户改变层级（共分析 %Ln 位客户）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This map&apos;s edits move %Ln customer(s) to another tier (%1).</source>
        <translation>
            <numerusform>此分层图的修改会使 %Ln 位客户改变层级（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen tier model does not use this map: counted as if it tiered every customer.</source>
        <translation>所选分层模型未使用此分层图：按此图为全部客户分层来统计。</translation>
    </message>
    <message>
        <source>Settings not applied</source>
        <translation>设置尚未应用</translation>
    </message>
    <message>
        <source>The Settings page has changes that are not applied yet. Apply them, discard them, or stay on the page?</source>
        <translation>设置页面有尚未应用的更改。要应用、放弃，还是留在此页面？</translation>
    </message>
    <message>
        <source>⟳ %1 is shown after Clientele restarts; until then the window stays in %2.</source>
        <translation>⟳ 重启 Clientele 后界面将显示为%1；在此之前仍为%2。</translation>
    </message>
    <message>
        <source>A change of language takes effect after Clientele restarts.</source>
        <translation>更改语言后，需重启 Clientele 才会生效。</translation>
    </message>
    <message numerus="yes">
        <source>%n edited tier map(s) stored.</source>
        <translation>
            <numerusform>已保存 %n 个修改后的分层图。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::Storage</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>数据库错误：%1（位于：%2）</translation>
    </message>
</context>
<context>
    <name>clientele::SurveyResponseTableModel</name>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
</context>
<context>
    <name>clientele::TagPickerDialog</name>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>a new or existing tag</source>
        <translation>新标签或已有标签</translation>
    </message>
    <message>
        <source>Static (attribute: region, age, spending power…)</source>
        <translation>静态（属性：地区、年龄、消费能力…）</translation>
    </message>
    <message>
        <source>Dynamic (behaviour: purchase preference, interaction…)</source>
        <translation>动态（行为：购买偏好、互动…）</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message numerus="yes">
        <source>Add a tag to %n selected customer(s).</source>
        <translation>
            <numerusform>为所选的 %n 位客户添加标签。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove a tag from %n selected customer(s).</source>
        <translation>
            <numerusform>从所选的 %n 位客户移除标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a new tag.</source>
        <translation>“%1”是新标签。</translation>
    </message>
</context>
<context>
    <name>clientele::ThresholdEditor</name>
    <message>
        <source>R: score 5 / 4 / 3 / 2 up to … days</source>
        <translation>R：不超过 … 天得 5 / 4 / 3 / 2 分</translation>
    </message>
    <message>
        <source>F: score 2 / 3 / 4 / 5 from … orders a year</source>
        <translation>F：每年至少 … 单得 2 / 3 / 4 / 5 分</translation>
    </message>
    <message>
        <source>M: score 2 / 3 / 4 / 5 from … a year</source>
        <translation>M：每年至少 … 得 2 / 3 / 4 / 5 分</translation>
    </message>
    <message>
        <source> d</source>
        <comment>days</comment>
        <translation> 天</translation>
    </message>
    <message>
        <source>R boundary %1 (%2 days) must be above boundary %3 (%4 days).</source>
        <translation>R 分界值 %1（%2 天）必须大于分界值 %3（%4 天）。</translation>
    </message>
    <message>
        <source>F boundary %1 (%2 orders a year) must be above boundary %3 (%4).</source>
        <translation>F 分界值 %1（每年 %2 单）必须大于分界值 %3（%4）。</translation>
    </message>
    <message>
        <source>M boundary %1 (%2 a year) must be above boundary %3 (%4).</source>
        <translation>M 分界值 %1（每年 %2）必须大于分界值 %3（%4）。</translation>
    </message>
</context>
<context>
    <name>clientele::TierDonutChart</name>
    <message>
        <source>Customers by tier</source>
        <translation>各层级客户</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>无层级</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
</context>
<context>
    <name>clientele::TierMapEditor</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Reset to the &amp;built-in map</source>
        <translation>恢复为内置分层图(&amp;B)</translation>
    </message>
    <message>
        <source>Put the shipped cells back (stored on Apply; undo takes it back)</source>
        <translation>恢复出厂的格子划分（点击“应用”后保存；可撤销）</translation>
    </message>
    <message>
        <source>Ma&amp;p:</source>
        <translation>分层图(&amp;P)：</translation>
    </message>
    <message>
        <source>Assi&amp;gn to the selected cells</source>
        <translation>指定给选中的格子(&amp;G)</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>分群：</translation>
    </message>
    <message>
        <source>For every level of %1</source>
        <translation>应用到%1的所有级别</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n cell(s) to %1</source>
        <translation>
            <numerusform>将 %n 个格子指定给%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset “%1” to the built-in map</source>
        <translation>将“%1”恢复为内置分层图</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cell(s)</source>
        <translation>
            <numerusform>%1：%n 个格子</numerusform>
        </translation>
    </message>
    <message>
        <source>(and customers who never bought)</source>
        <translation>（以及从未购买的客户）</translation>
    </message>
    <message>
        <source>✔ Every cell belongs to exactly one segment, and every segment is reachable.</source>
        <translation>✔ 每个格子恰好属于一个分群，且每个分群都可到达。</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1（已修改）</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>指定给</translation>
    </message>
</context>
<context>
    <name>clientele::TierMapModel</name>
    <message>
        <source>no segment</source>
        <translation>无分群</translation>
    </message>
    <message>
        <source>%1: no segment (a gap in the map)</source>
        <translation>%1：无分群（分层图中的空缺）</translation>
    </message>
    <message>
        <source>%1: more than one segment (an overlap in the map)</source>
        <translation>%1：属于多个分群（分层图中的重叠）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>clientele::TierMigrationView</name>
    <message>
        <source>Not yet a customer</source>
        <translation>当时尚不是客户</translation>
    </message>
    <message>
        <source>No longer a customer</source>
        <translation>已不再是客户</translation>
    </message>
    <message>
        <source>Tier migration</source>
        <translation>层级迁移</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Create &amp;snapshots</source>
        <translation>创建快照(&amp;S)</translation>
    </message>
    <message>
        <source>Analyse the customers as of each missing period&apos;s end and keep the result</source>
        <translation>以每个缺失周期的期末为分析日期分析客户，并保存结果</translation>
    </message>
    <message>
        <source>The data spans a single period: there is nothing to compare yet.</source>
        <translation>数据只覆盖一个周期，暂时无可比较。</translation>
    </message>
    <message>
        <source>Choose two different periods.</source>
        <translation>请选择两个不同的周期。</translation>
    </message>
    <message>
        <source>Comparing the snapshots…</source>
        <translation>正在比较快照…</translation>
    </message>
    <message>
        <source>No snapshot of %1 is kept yet. A snapshot records every customer&apos;s tier as of the period end.</source>
        <translation>尚未保存 %1 的快照。快照记录每位客户在期末的层级。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Rows: tier at the end of %1 · columns: tier at the end of %2 · %3 of %4 customers changed tier. Amounts: what they bought in between.</source>
        <translation>行：%1 期末的层级 · 列：%2 期末的层级 · %4 位客户中有 %3 位层级发生变化。金额：两个期末之间的消费。</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n customer(s), bought %3 between the period ends</source>
        <translation>
            <numerusform>%1 → %2：%n 位客户，两个期末之间消费 %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::TrackingPage</name>
    <message>
        <source>Tier model of the snapshot</source>
        <translation>快照的分层模型</translation>
    </message>
    <message>
        <source>Tiers:</source>
        <translation>分层:</translation>
    </message>
    <message>
        <source>Double-click a figure to enter it by hand (shown in italics, the computed value in its tooltip); clear the cell to bring the computed value back.</source>
        <translation>双击数值可手工录入(以斜体显示,提示中保留计算值);清空单元格即恢复计算值。</translation>
    </message>
    <message>
        <source>Tracking table</source>
        <translation>效果跟踪表</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>计划:</translation>
    </message>
    <message>
        <source>Target vs actual</source>
        <translation>目标与实际</translation>
    </message>
    <message>
        <source>New review…</source>
        <translation>新建复盘…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Plan changes</source>
        <translation>计划调整</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>复盘记录</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>添加风险</translation>
    </message>
    <message>
        <source>Remove risk</source>
        <translation>删除风险</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>风险登记表</translation>
    </message>
    <message>
        <source>Next best actions</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Enter a tracking figure</source>
        <translation>录入跟踪数值</translation>
    </message>
    <message>
        <source>Remove an entered figure</source>
        <translation>删除录入的数值</translation>
    </message>
    <message>
        <source>Edit adjustment suggestion</source>
        <translation>编辑调整建议</translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation>编辑风险</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>效果跟踪</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>正在计算 %1…</translation>
    </message>
    <message>
        <source>Tiers at the start of %1 (end of %2).</source>
        <translation>按 %1 开始时(%2 末)的分层。</translation>
    </message>
    <message>
        <source>No plan yet: make one on the Plans page.</source>
        <translation>还没有计划:请在&quot;策略规划&quot;页新建。</translation>
    </message>
    <message>
        <source>The plan has no SMART goals yet.</source>
        <translation>该计划还没有SMART目标。</translation>
    </message>
    <message numerus="yes">
        <source>Measuring %n goal(s) as of %1…</source>
        <translation>
            <numerusform>正在按 %1 测量 %n 个目标…</numerusform>
        </translation>
    </message>
    <message>
        <source>Actual values as of %1.</source>
        <translation>实际值截至 %1。</translation>
    </message>
    <message>
        <source>(general)</source>
        <translation>(通用)</translation>
    </message>
    <message>
        <source>New review record</source>
        <translation>新建复盘记录</translation>
    </message>
    <message>
        <source>Edit review record</source>
        <translation>编辑复盘记录</translation>
    </message>
    <message>
        <source>Delete review record</source>
        <translation>删除复盘记录</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>新风险</translation>
    </message>
    <message>
        <source>“%1” is one of the built-in risks: close it instead (Status).</source>
        <translation>&quot;%1&quot;是内置风险,不能删除:请将其状态设为关闭。</translation>
    </message>
</context>
<context>
    <name>clientele::TrackingTableModel</name>
    <message>
        <source>Entered by hand; computed: %1</source>
        <translation>手工录入;计算值:%1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) counted; double-click to enter a value</source>
        <translation>
            <numerusform>统计 %n 位客户;双击可手工录入</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Repurchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <source>Adjustment suggestion</source>
        <translation>调整建议</translation>
    </message>
    <message>
        <source>%1, %2: “%3” is not a number.</source>
        <translation>%1,%2:&quot;%3&quot;不是数字。</translation>
    </message>
    <message>
        <source>%1, %2: %3 is out of range (rates 0–100 %, NPS −100–100, LTV not negative).</source>
        <translation>%1,%2:%3 超出范围(比率 0–100%,NPS −100–100,LTV 不能为负)。</translation>
    </message>
</context>
<context>
    <name>clientele::ZipWriter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1 (zip error %2).</source>
        <translation>无法写入 %1（ZIP 错误 %2）。</translation>
    </message>
</context>
<context>
    <name>clientele::cli</name>
    <message>
        <source>customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>%1 (%2 left out)</source>
        <translation>%1（%2 位未计入）</translation>
    </message>
    <message>
        <source>%1  (standard error %2)</source>
        <translation>%1  （标准误 %2）</translation>
    </message>
    <message>
        <source>log-likelihood</source>
        <translation>对数似然</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>已收敛</translation>
    </message>
    <message>
        <source>yes, after %1 iterations</source>
        <translation>是，迭代 %1 次后</translation>
    </message>
    <message>
        <source>NO: %1 (after %2 iterations)</source>
        <translation>否：%1（迭代 %2 次后）</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos;; use bgnbd or gammagamma</source>
        <translation>未知模型“%1”；请使用 bgnbd 或 gammagamma</translation>
    </message>
    <message>
        <source>--max-iterations needs a positive whole number</source>
        <translation>--max-iterations 需要一个正整数</translation>
    </message>
    <message>
        <source>BG/NBD purchase model (Fader, Hardie &amp; Lee 2005) on %1</source>
        <translation>BG/NBD 购买模型（Fader、Hardie 和 Lee，2005）：%1</translation>
    </message>
    <message>
        <source>%1 has no zbar (mean repeat-purchase value) column; the gammagamma model needs one</source>
        <translation>%1 没有 zbar（平均重复购买金额）列；gammagamma 模型需要该列</translation>
    </message>
    <message>
        <source>Gamma-Gamma spend model (Fader, Hardie &amp; Lee 2005) on %1</source>
        <translation>Gamma-Gamma 消费模型（Fader、Hardie 和 Lee，2005）：%1</translation>
    </message>
    <message>
        <source>--out must name a .csv or .xlsx file, not &apos;%1&apos;</source>
        <translation>--out 必须指定 .csv 或 .xlsx 文件，而不是“%1”</translation>
    </message>
    <message>
        <source>an XLSX sheet holds at most %1 order lines; use .csv for more</source>
        <translation>一个 XLSX 工作表最多容纳 %1 条订单明细；数据更多时请使用 .csv</translation>
    </message>
    <message>
        <source>%1 already holds customers or orders; sample fills an empty database</source>
        <translation>%1 中已有客户或订单；sample 只能填充空数据库</translation>
    </message>
    <message>
        <source>Wrote %1 customers, %2 orders (%3 order lines, %4 cancelled, %5 without a customer), %6 interactions, %7 survey responses and %8 tag assignments to %9 in %10 s</source>
        <translation>已将 %1 位客户、%2 个订单（%3 条订单明细，%4 个已取消，%5 个无客户）、%6 条互动记录、%7 份调查回复和 %8 个标签分配写入 %9，耗时 %10 秒</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期，而不是“%2”</translation>
    </message>
    <message>
        <source>%1 holds no orders to fit to</source>
        <translation>%1 中没有可用于拟合的订单</translation>
    </message>
    <message>
        <source>%1 as of %2</source>
        <translation>%1（截至 %2）</translation>
    </message>
    <message>
        <source>clv fit needs --summary FILE.csv or --db DATABASE</source>
        <translation>clv fit 需要 --summary FILE.csv 或 --db DATABASE</translation>
    </message>
    <message>
        <source>clv backtest needs --db DATABASE</source>
        <translation>clv backtest 需要 --db DATABASE</translation>
    </message>
    <message>
        <source>clv backtest needs --cutoff DATE (the end of the calibration period)</source>
        <translation>clv backtest 需要 --cutoff DATE（校准期的最后一天）</translation>
    </message>
    <message>
        <source>the holdout period after %1 is empty: the last order is on %2</source>
        <translation>%1 之后的验证期为空：最后一个订单在 %2</translation>
    </message>
    <message>
        <source>BG/NBD backtest on %1: calibration up to %2, holdout to %3 (%4 weeks)</source>
        <translation>%1 上的 BG/NBD 回测：校准期截至 %2，验证期至 %3（%4 周）</translation>
    </message>
    <message>
        <source>repeat purchases</source>
        <translation>重复购买次数</translation>
    </message>
    <message>
        <source>actual / customer</source>
        <translation>实际 / 每位客户</translation>
    </message>
    <message>
        <source>predicted / customer</source>
        <translation>预测 / 每位客户</translation>
    </message>
    <message>
        <source>total purchases in the holdout: actual %1, predicted %2</source>
        <translation>验证期购买总数：实际 %1，预测 %2</translation>
    </message>
    <message>
        <source>usage: clientele-cli clv fit --summary FILE.csv [--model bgnbd|gammagamma] [--json], clv fit --db DB [--as-of DATE], or clv backtest --db DB --cutoff DATE [--end DATE] [--json]</source>
        <translation>用法：clientele-cli clv fit --summary FILE.csv [--model bgnbd|gammagamma] [--json]、clv fit --db DB [--as-of DATE]，或 clv backtest --db DB --cutoff DATE [--end DATE] [--json]</translation>
    </message>
    <message>
        <source>%1 needs --period, e.g. --period 2011Q3, 2011-07 or 2011</source>
        <translation>%1 需要 --period，例如 --period 2011Q3、2011-07 或 2011</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>the snapshot of %1</source>
        <translation>%1 的快照</translation>
    </message>
    <message>
        <source>an analysis as of the end of %1</source>
        <translation>以 %1 期末为分析日期的分析</translation>
    </message>
    <message>
        <source>none for %1</source>
        <translation>%1 没有</translation>
    </message>
    <message>
        <source>KPIs for %1 (%2 to %3), compared with %4</source>
        <translation>%1（%2 至 %3）的 KPI，与 %4 比较</translation>
    </message>
    <message>
        <source>Tiers and predicted values: %1; for %2: %3</source>
        <translation>层级和预测值：%1；%2：%3</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>层级：%1</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>上一期</translation>
    </message>
    <message>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>population</source>
        <translation>统计人数</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Definitions: clientele-cli kpi --definitions</source>
        <translation>定义：clientele-cli kpi --definitions</translation>
    </message>
    <message>
        <source>--by accepts only &apos;tier&apos;, not &apos;%1&apos;</source>
        <translation>--by 只接受“tier”，不接受“%1”</translation>
    </message>
    <message>
        <source>No marketing spend entered.</source>
        <translation>尚未录入营销费用。</translation>
    </message>
    <message>
        <source>--amount &apos;%1&apos; is not an amount; write it like 12345.67 (no sign, at most two decimals)</source>
        <translation>--amount“%1”不是金额；请写成 12345.67 的形式（不带符号，最多两位小数）</translation>
    </message>
    <message>
        <source>--currency needs a three-letter code such as CNY, not &apos;%1&apos;</source>
        <translation>--currency 需要三个字母的代码，例如 CNY，而不是“%1”</translation>
    </message>
    <message>
        <source>Marketing spend for %1: %2 %3</source>
        <translation>%1 的营销费用：%2 %3</translation>
    </message>
    <message>
        <source>KPIs of a period against the previous one, optionally per tier.</source>
        <translation>某一期的 KPI 与上一期对比，可按层级列出。</translation>
    </message>
    <message>
        <source>The period: 2011Q3, 2011-07 or 2011.</source>
        <translation>期间：2011Q3、2011-07 或 2011。</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Also one row per tier: --by tier.</source>
        <translation>另外每个层级一行：--by tier。</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Take tiers and predicted values only from stored snapshots; do not run the analysis for periods without one.</source>
        <translation>只从已保存的快照中取层级和预测值；对没有快照的期间不运行分析。</translation>
    </message>
    <message>
        <source>Scoring scheme for analysis runs.</source>
        <translation>分析运行所用的评分方案。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tier model for analysis runs.</source>
        <translation>分析运行所用的分层模型。</translation>
    </message>
    <message>
        <source>Print every KPI&apos;s definition (Markdown).</source>
        <translation>输出每个 KPI 的定义（Markdown）。</translation>
    </message>
    <message>
        <source>Enter the marketing spend of a period (for the CAC), or list it.</source>
        <translation>录入某一期的营销费用（用于获客成本），或列出已录入的费用。</translation>
    </message>
    <message>
        <source>The amount, e.g. 12345.67.</source>
        <translation>金额，例如 12345.67。</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency code (default CNY).</source>
        <translation>货币代码（默认 CNY）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>A note kept with the amount.</source>
        <translation>随金额保存的备注。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>unknown section &apos;%1&apos;; use some of %2</source>
        <translation>未知章节“%1”；请使用 %2 中的章节</translation>
    </message>
    <message>
        <source>--sections needs at least one section</source>
        <translation>--sections 至少需要一个章节</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf</source>
        <translation>report 需要 --out FILE.pdf</translation>
    </message>
    <message>
        <source>--lang must be en or zh_CN, not &apos;%1&apos;</source>
        <translation>--lang 只能是 en 或 zh_CN，而不是“%1”</translation>
    </message>
    <message>
        <source>--page must be a4 or letter, not &apos;%1&apos;</source>
        <translation>--page 只能是 a4 或 letter，而不是“%1”</translation>
    </message>
    <message>
        <source>logo file %1 does not exist</source>
        <translation>标志图片文件 %1 不存在</translation>
    </message>
    <message>
        <source>--top needs a whole number of 1 or more, not &apos;%1&apos;</source>
        <translation>--top 需要 1 或更大的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>the report was cancelled</source>
        <translation>报告已取消</translation>
    </message>
    <message>
        <source>Wrote the %1 report (%2 pages) to %3 in %4 s (data %5 s)</source>
        <translation>已将 %1 报告（%2 页）写入 %3，用时 %4 秒（数据 %5 秒）</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &apos;%1&apos;</source>
        <translation>--format 必须是 csv 或 json，而不是“%1”</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <source>snapshot needs --period, e.g. --period 2011Q3, 2011-07 or 2011</source>
        <translation>snapshot 需要 --period，例如 --period 2011Q3、2011-07 或 2011</translation>
    </message>
    <message>
        <source>Snapshot %1 (as of %2, scheme %3, tier model %4): %5 customers in %6 ms</source>
        <translation>快照 %1（截至 %2，评分方案 %3，分层模型 %4）：%5 位客户，用时 %6 毫秒</translation>
    </message>
    <message>
        <source>tiers</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>No plans.</source>
        <translation>没有计划。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>目标数</translation>
    </message>
    <message>
        <source>items</source>
        <translation>执行项数</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>no plan with the id &apos;%1&apos;; &apos;plan list&apos; shows them</source>
        <translation>没有编号为“%1”的计划；“plan list”可列出所有计划</translation>
    </message>
    <message>
        <source>--as-of needs a date like 2024-06-30, not &apos;%1&apos;</source>
        <translation>--as-of 需要 2024-06-30 这样的日期，而不是“%1”</translation>
    </message>
    <message>
        <source>  %1, %2: %3 → %4 by %5 (%6); now %7 in %8; %9</source>
        <translation>  %1，%2：%3 → %4，截止 %5（%6）；%8 当前为 %7；%9</translation>
    </message>
    <message>
        <source>  %1 [%2] %3, %4 to %5, %6; %7 customers, %8 held out</source>
        <translation>  %1 [%2] %3，%4 至 %5，%6；%7 位客户，%8 位作为对照组</translation>
    </message>
    <message>
        <source>  %1 (%2): %3</source>
        <translation>  %1（%2）：%3</translation>
    </message>
    <message>
        <source>Plan %1: %2 (%3, tier model %4)</source>
        <translation>计划 %1：%2（%3，分层模型 %4）</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Execution items:</source>
        <translation>执行项：</translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation>复盘记录：</translation>
    </message>
    <message>
        <source>plan needs &apos;list&apos; or &apos;show ID&apos;</source>
        <translation>plan 需要“list”或“show ID”</translation>
    </message>
    <message>
        <source>plan show needs the plan&apos;s id</source>
        <translation>plan show 需要计划编号</translation>
    </message>
    <message>
        <source>The strategy plans: &apos;plan list&apos;, or &apos;plan show ID&apos; with goals, items and reviews.</source>
        <translation>策略计划：“plan list”列出计划，“plan show ID”显示目标、执行项和复盘记录。</translation>
    </message>
    <message>
        <source>List the plans, or show one.</source>
        <translation>列出计划，或显示一个计划。</translation>
    </message>
    <message>
        <source>The plan to show.</source>
        <translation>要显示的计划。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Measure the goals&apos; current values as of this day (default: today).</source>
        <translation>以该日期测量目标的当前值（默认：今天）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Take tiers and stages only from stored snapshots; do not run the analysis.</source>
        <translation>只从已保存的快照中取分层和生命周期阶段；不运行分析。</translation>
    </message>
    <message>
        <source>tracking needs --period, e.g. --period 2011Q3, 2011-07 or 2011</source>
        <translation>tracking 需要 --period,例如 --period 2011Q3、2011-07 或 2011</translation>
    </message>
    <message>
        <source>Tracking for %1, tiers at its start (end of %2)</source>
        <translation>%1 效果跟踪,按期初分层(%2 期末)</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>repurchase</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>净推荐值</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>调整建议</translation>
    </message>
    <message>
        <source>* entered by hand; computed values:</source>
        <translation>* 为手工录入;计算值如下:</translation>
    </message>
    <message>
        <source>--date needs a date like 2011-10-12, not &apos;%1&apos;</source>
        <translation>--date 需要形如 2011-10-12 的日期,而不是“%1”</translation>
    </message>
    <message>
        <source>Contacts for %1 as of %2: %3</source>
        <translation>%1 截至 %2 的待联系客户:%3 位</translation>
    </message>
    <message>
        <source>every account manager</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <source>Held back:</source>
        <translation>暂缓联系:</translation>
    </message>
    <message>
        <source>effect needs --item ID, the execution item&apos;s number</source>
        <translation>effect 需要 --item ID,即执行项编号</translation>
    </message>
    <message>
        <source>Execution item %1, %2 to %3: %4 target and %5 control customers</source>
        <translation>执行项 %1,%2 至 %3:目标客户 %4 位,对照客户 %5 位</translation>
    </message>
    <message>
        <source>The tracking table of a period: per tier at its start, repurchase, churn, NPS, LTV, suggestion.</source>
        <translation>某周期的效果跟踪表:按期初分层列出复购率、流失率、NPS、LTV 和调整建议。</translation>
    </message>
    <message>
        <source>Tier model of the rows (default: the snapshot&apos;s).</source>
        <translation>各行所用的分层模型(默认:快照所用模型)。</translation>
    </message>
    <message>
        <source>Take the tiers only from the previous period&apos;s snapshot; do not run the analysis.</source>
        <translation>仅从上一周期的快照取分层;不运行分析。</translation>
    </message>
    <message>
        <source>Whom an account manager should contact this week, and why.</source>
        <translation>客户经理本周应联系哪些客户,以及原因。</translation>
    </message>
    <message>
        <source>The account manager (default: every one).</source>
        <translation>客户经理(默认:全部)。</translation>
    </message>
    <message>
        <source>The day of the list (default: today).</source>
        <translation>名单日期(默认:今天)。</translation>
    </message>
    <message>
        <source>The measured effect of an execution item against control customers.</source>
        <translation>执行项相对于对照客户的实测效果。</translation>
    </message>
    <message>
        <source>The execution item&apos;s number.</source>
        <translation>执行项编号。</translation>
    </message>
    <message>
        <source>Match controls only on a stored snapshot; do not run the analysis.</source>
        <translation>仅依据已存快照匹配对照组;不运行分析。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Clientele, a customer-lifecycle manager.</source>
        <translation>Clientele，客户生命周期管理工具。</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt;.</source>
        <translation>打开位于 &lt;路径&gt; 的数据库。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>User-interface language for this run: en or zh_CN.</source>
        <translation>本次运行的界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The database file to open (the same as --db).</source>
        <translation>要打开的数据库文件（与 --db 相同）。</translation>
    </message>
    <message>
        <source>Give one database, either as an argument or with --db.</source>
        <translation>只能指定一个数据库：作为参数，或者用 --db。</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>--%1 needs a whole number of 0 or more, not &apos;%2&apos;</source>
        <translation>--%1 需要大于或等于 0 的整数，而不是“%2”</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more, not &apos;%1&apos;</source>
        <translation>--seed 需要大于或等于 0 的整数，而不是“%1”</translation>
    </message>
</context>
</TS>
