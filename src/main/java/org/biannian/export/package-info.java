/** Writes chronicles out in the field's formats: the JSON document of the command line and API (later TEI, CSV, GeoJSON). */
package org.biannian.export;
