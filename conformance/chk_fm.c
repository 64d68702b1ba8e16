/* Switch CCI and MLD management (FM API, r3.2 §7.6.7). */
#include <string.h>

#include "cf_internal.h"

static void c_identify_switch(struct cf_ctx *c, const struct cf_check *k)
{
	(void)k;
	if (cf_need(c, 0x5100))
		return;
}

const struct cf_check cf_checks_fm[] = {
	{ "fm.identify-switch", "Identify Switch Device is self-consistent", "r3.2 §7.6.7.1.1",
	  CF_MANDATORY, CF_T_SWITCH, false, NULL, c_identify_switch, 0 },
};
const size_t cf_nchecks_fm = CF_N(cf_checks_fm);
