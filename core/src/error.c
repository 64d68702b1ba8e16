/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
#include "cxlmb/error.h"

/* Indexed by the pinned numbers, not by row order. */
static const char *const err_names[CXLMB_E_COUNT_] = {
#define CXLMB_ERR_NAME(num, n, s) [num] = #n,
	CXLMB_ERRORS(CXLMB_ERR_NAME)
#undef CXLMB_ERR_NAME
};

static const char *const err_descs[CXLMB_E_COUNT_] = {
#define CXLMB_ERR_DESC(num, n, s) [num] = s,
	CXLMB_ERRORS(CXLMB_ERR_DESC)
#undef CXLMB_ERR_DESC
};

/* Compile-time proof that the numbers are unique (a duplicate is a
 * duplicate case label) and dense (each is below the row count, so with
 * uniqueness they are exactly 0..count-1).  Never called. */
static inline int err_numbers_unique(int e)
{
	switch (e) {
#define CXLMB_ERR_CASE(num, n, s)                                                          \
	_Static_assert((num) >= 0 && (num) < CXLMB_E_COUNT_, "error " #n ": number past the count"); \
	case num:                                                                           \
		return 1;
		CXLMB_ERRORS(CXLMB_ERR_CASE)
#undef CXLMB_ERR_CASE
	default:
		return 0;
	}
}

const char *cxlmb_strerror(int err)
{
	(void)err_numbers_unique;
	if (err < 0 || err >= CXLMB_E_COUNT_)
		return "UNKNOWN_ERROR";
	return err_names[err];
}

const char *cxlmb_errdesc(int err)
{
	if (err < 0 || err >= CXLMB_E_COUNT_)
		return "unknown error";
	return err_descs[err];
}
