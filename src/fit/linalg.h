/*
 * linalg.h - internal: the small dense linear algebra of the fits (n <= 64):
 * Cholesky factorisation and solve.
 */
#ifndef ENT_FIT_LINALG_H
#define ENT_FIT_LINALG_H

#include <stdbool.h>

/* Factor the n x n symmetric matrix A = L L^T in place (lower triangle);
 * false if A is not positive definite. */
bool ent_fit__cholesky(double *A, int n);

/* Solve L L^T x = b with the factor from ent_fit__cholesky (n <= 64). */
void ent_fit__chol_solve(const double *L, int n, const double *b, double *x);

#endif
