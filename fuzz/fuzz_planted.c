/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* A decoder with a bug planted on purpose, kept out of core/: it trusts a
 * count byte.  `ci/fuzz-campaign --planted` must find it, which proves the
 * build, engine, sanitizer and crash reporting work end to end. */
#include "fuzz_target.h"

static uint32_t planted_sum(const uint8_t *d, size_t n)
{
	uint32_t s = 0;
	if (n < 4 || d[0] != 'C' || d[1] != 'X' || d[2] != 'L')
		return 0;
	for (unsigned i = 0; i < d[3]; i++)
		s += d[4 + i]; /* BUG (planted): d[3] is never checked against n */
	return s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	volatile uint32_t sink = planted_sum(data, size);
	(void)sink;
	return 0;
}
