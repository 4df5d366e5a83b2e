/** Authority data: persons, places, offices, polities, groups, works and reigns, loaded from human-editable packs. */
package org.biannian.authority;
