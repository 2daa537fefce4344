<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.0-Białowieża" styleCategories="Symbology|Labeling" labelsEnabled="0">
  <renderer-v2 type="RuleRenderer" symbollevels="0" enableorderby="0" forceraster="0">
    <rules key="{root}">
      <rule key="{rule-0}" symbol="0" label="foot · reported" filter="(&quot;mode&quot; = 'foot' AND &quot;confidence&quot; = 'reported') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-1}" symbol="1" label="foot · reported · illustrative" filter="(&quot;mode&quot; = 'foot' AND &quot;confidence&quot; = 'reported') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-2}" symbol="2" label="foot · alleged" filter="(&quot;mode&quot; = 'foot' AND &quot;confidence&quot; = 'alleged') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-3}" symbol="3" label="foot · alleged · illustrative" filter="(&quot;mode&quot; = 'foot' AND &quot;confidence&quot; = 'alleged') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-4}" symbol="4" label="foot · possible" filter="(&quot;mode&quot; = 'foot' AND &quot;confidence&quot; = 'possible') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-5}" symbol="5" label="foot · possible · illustrative" filter="(&quot;mode&quot; = 'foot' AND &quot;confidence&quot; = 'possible') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-6}" symbol="6" label="road · reported" filter="(&quot;mode&quot; = 'road' AND &quot;confidence&quot; = 'reported') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-7}" symbol="7" label="road · reported · illustrative" filter="(&quot;mode&quot; = 'road' AND &quot;confidence&quot; = 'reported') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-8}" symbol="8" label="road · alleged" filter="(&quot;mode&quot; = 'road' AND &quot;confidence&quot; = 'alleged') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-9}" symbol="9" label="road · alleged · illustrative" filter="(&quot;mode&quot; = 'road' AND &quot;confidence&quot; = 'alleged') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-10}" symbol="10" label="road · possible" filter="(&quot;mode&quot; = 'road' AND &quot;confidence&quot; = 'possible') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-11}" symbol="11" label="road · possible · illustrative" filter="(&quot;mode&quot; = 'road' AND &quot;confidence&quot; = 'possible') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-12}" symbol="12" label="river · reported" filter="(&quot;mode&quot; = 'river' AND &quot;confidence&quot; = 'reported') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-13}" symbol="13" label="river · reported · illustrative" filter="(&quot;mode&quot; = 'river' AND &quot;confidence&quot; = 'reported') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-14}" symbol="14" label="river · alleged" filter="(&quot;mode&quot; = 'river' AND &quot;confidence&quot; = 'alleged') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-15}" symbol="15" label="river · alleged · illustrative" filter="(&quot;mode&quot; = 'river' AND &quot;confidence&quot; = 'alleged') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-16}" symbol="16" label="river · possible" filter="(&quot;mode&quot; = 'river' AND &quot;confidence&quot; = 'possible') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-17}" symbol="17" label="river · possible · illustrative" filter="(&quot;mode&quot; = 'river' AND &quot;confidence&quot; = 'possible') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-18}" symbol="18" label="air · reported" filter="(&quot;mode&quot; = 'air' AND &quot;confidence&quot; = 'reported') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-19}" symbol="19" label="air · reported · illustrative" filter="(&quot;mode&quot; = 'air' AND &quot;confidence&quot; = 'reported') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-20}" symbol="20" label="air · alleged" filter="(&quot;mode&quot; = 'air' AND &quot;confidence&quot; = 'alleged') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-21}" symbol="21" label="air · alleged · illustrative" filter="(&quot;mode&quot; = 'air' AND &quot;confidence&quot; = 'alleged') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-22}" symbol="22" label="air · possible" filter="(&quot;mode&quot; = 'air' AND &quot;confidence&quot; = 'possible') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-23}" symbol="23" label="air · possible · illustrative" filter="(&quot;mode&quot; = 'air' AND &quot;confidence&quot; = 'possible') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-24}" symbol="24" label="helicopter · reported" filter="(&quot;mode&quot; = 'helicopter' AND &quot;confidence&quot; = 'reported') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-25}" symbol="25" label="helicopter · reported · illustrative" filter="(&quot;mode&quot; = 'helicopter' AND &quot;confidence&quot; = 'reported') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-26}" symbol="26" label="helicopter · alleged" filter="(&quot;mode&quot; = 'helicopter' AND &quot;confidence&quot; = 'alleged') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-27}" symbol="27" label="helicopter · alleged · illustrative" filter="(&quot;mode&quot; = 'helicopter' AND &quot;confidence&quot; = 'alleged') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-28}" symbol="28" label="helicopter · possible" filter="(&quot;mode&quot; = 'helicopter' AND &quot;confidence&quot; = 'possible') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-29}" symbol="29" label="helicopter · possible · illustrative" filter="(&quot;mode&quot; = 'helicopter' AND &quot;confidence&quot; = 'possible') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-30}" symbol="30" label="sea · reported" filter="(&quot;mode&quot; = 'sea' AND &quot;confidence&quot; = 'reported') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-31}" symbol="31" label="sea · reported · illustrative" filter="(&quot;mode&quot; = 'sea' AND &quot;confidence&quot; = 'reported') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-32}" symbol="32" label="sea · alleged" filter="(&quot;mode&quot; = 'sea' AND &quot;confidence&quot; = 'alleged') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-33}" symbol="33" label="sea · alleged · illustrative" filter="(&quot;mode&quot; = 'sea' AND &quot;confidence&quot; = 'alleged') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-34}" symbol="34" label="sea · possible" filter="(&quot;mode&quot; = 'sea' AND &quot;confidence&quot; = 'possible') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-35}" symbol="35" label="sea · possible · illustrative" filter="(&quot;mode&quot; = 'sea' AND &quot;confidence&quot; = 'possible') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
    </rules>
    <symbols>
      <symbol type="line" name="0" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="230,85,13,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
                <Option name="color" type="QString" value="230,85,13,255" />
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
            <Option name="line_color" type="QString" value="230,85,13,255" />
            <Option name="line_width" type="QString" value="2.1" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
                <Option name="color" type="QString" value="230,85,13,255" />
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
            <Option name="line_color" type="QString" value="230,85,13,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="10;6" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
                <Option name="color" type="QString" value="230,85,13,255" />
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
            <Option name="line_color" type="QString" value="230,85,13,255" />
            <Option name="line_width" type="QString" value="2.1" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="10;6" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
                <Option name="color" type="QString" value="230,85,13,255" />
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
            <Option name="line_color" type="QString" value="230,85,13,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="2;7" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
                <Option name="color" type="QString" value="230,85,13,255" />
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
            <Option name="line_color" type="QString" value="230,85,13,255" />
            <Option name="line_width" type="QString" value="2.1" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="2;7" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
                <Option name="color" type="QString" value="230,85,13,255" />
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
      <symbol type="line" name="6" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="140,86,75,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@6@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="140,86,75,255" />
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
      <symbol type="line" name="7" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="140,86,75,255" />
            <Option name="line_width" type="QString" value="2.1" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@7@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="140,86,75,255" />
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
      <symbol type="line" name="8" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="140,86,75,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="10;6" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@8@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="140,86,75,255" />
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
      <symbol type="line" name="9" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="140,86,75,255" />
            <Option name="line_width" type="QString" value="2.1" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="10;6" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@9@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="140,86,75,255" />
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
      <symbol type="line" name="10" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="140,86,75,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="2;7" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@10@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="140,86,75,255" />
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
      <symbol type="line" name="11" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="140,86,75,255" />
            <Option name="line_width" type="QString" value="2.1" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="2;7" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@11@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="140,86,75,255" />
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
      <symbol type="line" name="12" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="23,190,207,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@12@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="23,190,207,255" />
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
      <symbol type="line" name="13" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="23,190,207,255" />
            <Option name="line_width" type="QString" value="2.1" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@13@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="23,190,207,255" />
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
      <symbol type="line" name="14" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="23,190,207,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="10;6" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@14@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="23,190,207,255" />
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
      <symbol type="line" name="15" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="23,190,207,255" />
            <Option name="line_width" type="QString" value="2.1" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="10;6" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@15@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="23,190,207,255" />
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
      <symbol type="line" name="16" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="23,190,207,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="2;7" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@16@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="23,190,207,255" />
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
      <symbol type="line" name="17" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="23,190,207,255" />
            <Option name="line_width" type="QString" value="2.1" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="2;7" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@17@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="23,190,207,255" />
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
      <symbol type="line" name="18" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="214,39,40,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@18@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="214,39,40,255" />
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
      <symbol type="line" name="19" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="214,39,40,255" />
            <Option name="line_width" type="QString" value="2.1" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@19@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="214,39,40,255" />
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
      <symbol type="line" name="20" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="214,39,40,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="10;6" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@20@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="214,39,40,255" />
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
      <symbol type="line" name="21" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="214,39,40,255" />
            <Option name="line_width" type="QString" value="2.1" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="10;6" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@21@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="214,39,40,255" />
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
      <symbol type="line" name="22" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="214,39,40,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="2;7" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@22@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="214,39,40,255" />
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
      <symbol type="line" name="23" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="214,39,40,255" />
            <Option name="line_width" type="QString" value="2.1" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="2;7" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@23@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="214,39,40,255" />
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
      <symbol type="line" name="24" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="148,103,189,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@24@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="148,103,189,255" />
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
      <symbol type="line" name="25" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="148,103,189,255" />
            <Option name="line_width" type="QString" value="2.1" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@25@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="148,103,189,255" />
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
      <symbol type="line" name="26" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="148,103,189,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="10;6" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@26@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="148,103,189,255" />
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
      <symbol type="line" name="27" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="148,103,189,255" />
            <Option name="line_width" type="QString" value="2.1" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="10;6" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@27@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="148,103,189,255" />
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
      <symbol type="line" name="28" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="148,103,189,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="2;7" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@28@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="148,103,189,255" />
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
      <symbol type="line" name="29" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="148,103,189,255" />
            <Option name="line_width" type="QString" value="2.1" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="2;7" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@29@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="148,103,189,255" />
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
      <symbol type="line" name="30" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="31,78,156,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@30@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="31,78,156,255" />
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
      <symbol type="line" name="31" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="31,78,156,255" />
            <Option name="line_width" type="QString" value="2.1" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@31@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="31,78,156,255" />
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
      <symbol type="line" name="32" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="31,78,156,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="10;6" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@32@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="31,78,156,255" />
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
      <symbol type="line" name="33" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="31,78,156,255" />
            <Option name="line_width" type="QString" value="2.1" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="10;6" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@33@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="31,78,156,255" />
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
      <symbol type="line" name="34" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="31,78,156,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="2;7" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@34@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="31,78,156,255" />
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
      <symbol type="line" name="35" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="31,78,156,255" />
            <Option name="line_width" type="QString" value="2.1" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="2;7" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
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
          <symbol type="marker" name="@35@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="31,78,156,255" />
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
