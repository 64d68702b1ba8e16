/* Names of the simulator's quirks, for --quirk and `cxlmb sim --list-quirks`. */
#include <string.h>

#include "sim.h"

static const struct {
	const char *name, *desc;
} quirks[CXLMB_SIM_QUIRK_COUNT] = {
#define CXLMB_SIM_Q_NAME(id, nm, ds) { nm, ds },
	CXLMB_SIM_QUIRKS(CXLMB_SIM_Q_NAME)
#undef CXLMB_SIM_Q_NAME
};

int cxlmb_sim_quirk_by_name(const char *name)
{
	for (unsigned i = 0; i < CXLMB_SIM_QUIRK_COUNT; i++)
		if (strcmp(quirks[i].name, name) == 0)
			return (int)i;
	return -1;
}

const char *cxlmb_sim_quirk_name(unsigned bit)
{
	return bit < CXLMB_SIM_QUIRK_COUNT ? quirks[bit].name : NULL;
}

const char *cxlmb_sim_quirk_desc(unsigned bit)
{
	return bit < CXLMB_SIM_QUIRK_COUNT ? quirks[bit].desc : NULL;
}
