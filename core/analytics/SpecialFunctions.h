#pragma once

// Special functions the lifetime-value models need, written out because the C++ standard library
// has lgamma but neither digamma nor the Gauss hypergeometric function.
namespace clientele::special {

// ψ(x), the derivative of lgamma, for x > 0 (NaN otherwise).
double digamma(double x);

// log(exp(a) + exp(b)) without overflow or underflow.
double logSumExp(double a, double b);

// The plain Gauss series Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ for 0 <= z < 1. Callers that apply Euler's
// transformation themselves use it to fold the (1 − z) power into their own prefactors.
// Returns NaN when the series does not settle within its term budget.
double hyp2f1Series(double a, double b, double c, double z);

// Gauss hypergeometric 2F1(a, b; c; z) for 0 <= z < 1, c > 0.
double hyp2f1(double a, double b, double c, double z);

} // namespace clientele::special
