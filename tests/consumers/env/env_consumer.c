/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The core built against kernel_env.h (no standard header at all) works,
 * and its copies go through the environment's own routines.  No libc
 * header here either: the exit status says which check failed. */
#include <cxlmb/cxlmb.h>

static unsigned long copies, sets;

void *kenv_memcpy(void *d, const void *s, size_t n)
{
	unsigned char *dp = d;
	const unsigned char *sp = s;
	copies++;
	while (n--)
		*dp++ = *sp++;
	return d;
}

void *kenv_memset(void *d, int c, size_t n)
{
	unsigned char *dp = d;
	sets++;
	while (n--)
		*dp++ = (unsigned char)c;
	return d;
}

int kenv_memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *ap = a, *bp = b;
	for (; n; n--, ap++, bp++)
		if (*ap != *bp)
			return *ap < *bp ? -1 : 1;
	return 0;
}

int main(void)
{
	/* Identify Memory Device (4000h), 45h bytes: firmware revision text first */
	uint8_t wire[0x45] = {'f', 'w', '-', '1'};
	struct cxlmb_identify_memdev_rsp id;

	wire[0x10] = 4; /* total capacity: 4 x 256 MiB */
	if (cxlmb_identify_memdev_rsp_decode(wire, sizeof(wire), CXLMB_LENIENT, &id) != CXLMB_E_OK)
		return 2;
	if (id.total_capacity != 4 || id.fw_revision[3] != '1')
		return 3;
	if (!sets || !copies) /* the decode zeroes the struct and copies the text */
		return 4;
	if (cxlmb_abi_check() != CXLMB_E_OK)
		return 5;
	return 0;
}
