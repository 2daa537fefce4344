<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.0-Białowieża" styleCategories="Symbology|Labeling" labelsEnabled="0">
  <renderer-v2 type="RuleRenderer" symbollevels="0" enableorderby="0" forceraster="0">
    <rules key="{root}">
      <rule key="{rule-0}" symbol="0" label="destination share · reported" filter="(&quot;confidence&quot; = 'reported') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-1}" symbol="1" label="destination share · reported · illustrative" filter="(&quot;confidence&quot; = 'reported') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-2}" symbol="2" label="destination share · alleged" filter="(&quot;confidence&quot; = 'alleged') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-3}" symbol="3" label="destination share · alleged · illustrative" filter="(&quot;confidence&quot; = 'alleged') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-4}" symbol="4" label="destination share · possible" filter="(&quot;confidence&quot; = 'possible') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-5}" symbol="5" label="destination share · possible · illustrative" filter="(&quot;confidence&quot; = 'possible') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
    </rules>
    <symbols>
      <symbol type="line" name="0" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="140,140,140,255" />
            <Option name="line_width" type="QString" value="1.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" type="Map">
                <Option name="outlineWidth" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="expression" type="QString" value="1.5 + 0.2 * &quot;share_pct&quot;" />
                  <Option name="type" type="int" value="3" />
                </Option>
              </Option>
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@0@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="140,140,140,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="3.0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="1" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="140,140,140,255" />
            <Option name="line_width" type="QString" value="0.9" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" type="Map">
                <Option name="outlineWidth" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="expression" type="QString" value="0.6 * (1.5 + 0.2 * &quot;share_pct&quot;)" />
                  <Option name="type" type="int" value="3" />
                </Option>
              </Option>
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@1@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="140,140,140,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="1.8" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="2" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="140,140,140,255" />
            <Option name="line_width" type="QString" value="1.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="10;6" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" type="Map">
                <Option name="outlineWidth" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="expression" type="QString" value="1.5 + 0.2 * &quot;share_pct&quot;" />
                  <Option name="type" type="int" value="3" />
                </Option>
              </Option>
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@2@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="140,140,140,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="3.0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="3" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="140,140,140,255" />
            <Option name="line_width" type="QString" value="0.9" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="10;6" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" type="Map">
                <Option name="outlineWidth" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="expression" type="QString" value="0.6 * (1.5 + 0.2 * &quot;share_pct&quot;)" />
                  <Option name="type" type="int" value="3" />
                </Option>
              </Option>
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@3@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="140,140,140,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="1.8" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="4" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="140,140,140,255" />
            <Option name="line_width" type="QString" value="1.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="2;7" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" type="Map">
                <Option name="outlineWidth" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="expression" type="QString" value="1.5 + 0.2 * &quot;share_pct&quot;" />
                  <Option name="type" type="int" value="3" />
                </Option>
              </Option>
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@4@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="140,140,140,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="3.0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="5" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="140,140,140,255" />
            <Option name="line_width" type="QString" value="0.9" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="2;7" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" type="Map">
                <Option name="outlineWidth" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="expression" type="QString" value="0.6 * (1.5 + 0.2 * &quot;share_pct&quot;)" />
                  <Option name="type" type="int" value="3" />
                </Option>
              </Option>
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@5@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="140,140,140,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="1.8" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
</qgis>
