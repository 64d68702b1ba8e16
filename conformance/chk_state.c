/* State machines: background operations, events, poison, security,
 * firmware transfer, timestamp, features. */
#include <string.h>

#include "cf_internal.h"

static void c_ts(struct cf_ctx *c, const struct cf_check *k)
{
	(void)k;
	if (cf_need(c, 0x0301))
		return;
}

const struct cf_check cf_checks_state[] = {
	{ "ts.set-read-back", "Set Timestamp then Get Timestamp reads it back (advancing)",
	  "r3.2 §8.2.10.4.1-2", CF_MANDATORY, CF_T_MEMDEV, false, "sets the device timestamp", c_ts, 0 },
};
const size_t cf_nchecks_state = CF_N(cf_checks_state);
