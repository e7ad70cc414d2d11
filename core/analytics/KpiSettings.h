#pragma once

namespace clientele {

// The numbers inside the KPI definitions; defaults from ../shared/domain.md and the seeds.
struct KpiSettings
{
    int activationDays = 7;    // new-customer activation window after the first order
    int dormantAfterDays = 90; // silent this long before the period start: dormant
    int lapsedAfterDays = 365; // silent this long before the period start: lapsed (churned)
    // Seed 000's static profile dimensions: gender, age, region, spending power.
    int completeProfileStaticTags = 4;
};

} // namespace clientele
