/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The version and the knobs this library was built with (version.h). */
#include "cxlmb/version.h"

uint32_t cxlmb_version(void)
{
	return CXLMB_VERSION_NUMBER;
}

const char *cxlmb_version_string(void)
{
	return CXLMB_VERSION_STRING;
}

uint32_t cxlmb_abi_knobs(void)
{
	return CXLMB_ABI_KNOBS;
}

/* Named after the knobs: a user built with others fails to link. */
const uint8_t CXLMB_ABI_SYM = 1;
