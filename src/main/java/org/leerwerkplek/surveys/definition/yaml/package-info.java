/**
 * Reading a definition file: the file as UTF-8 YAML without tabs, anchors, aliases or tags ({@link
 * org.leerwerkplek.surveys.definition.yaml.YamlSource}), its nodes as checked values ({@link
 * org.leerwerkplek.surveys.definition.yaml.NodeReader}, {@link
 * org.leerwerkplek.surveys.definition.yaml.Fields}),
 * and every problem with its file, line and column ({@link
 * org.leerwerkplek.surveys.definition.yaml.DefinitionError}, {@link org.leerwerkplek.surveys.definition.yaml.ParseResult}).
 */
package org.leerwerkplek.surveys.definition.yaml;
